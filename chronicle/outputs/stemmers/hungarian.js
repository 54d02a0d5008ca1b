/* The Snowball hungarian stemmer (https://snowballstem.org/), translated to JavaScript by
 * tests/tools/snowball_js.py from the Python package snowballstemmer 3.1.1.
 * Generated: do not edit. The Snowball licence follows.
 *
 * Copyright (c) 2001, Dr Martin Porter
 * Copyright (c) 2004,2005, Richard Boulton
 * Copyright (c) 2013, Yoshiki Shibukawa
 * Copyright (c) 2006-2025, Olly Betts
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions
 * are met:
 *
 *   1. Redistributions of source code must retain the above copyright notice,
 *      this list of conditions and the following disclaimer.
 *   2. Redistributions in binary form must reproduce the above copyright notice,
 *      this list of conditions and the following disclaimer in the documentation
 *      and/or other materials provided with the distribution.
 *   3. Neither the name of the Snowball project nor the names of its contributors
 *      may be used to endorse or promote products derived from this software
 *      without specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR
 * ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
 * (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
 * LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON
 * ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
 * (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 * SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
(function () {
"use strict";
var ChronicleStemmers = window.ChronicleStemmers = window.ChronicleStemmers || {};
function Among(s, substring_i, result, method) { this.s = s; this.substring_i = substring_i; this.result = result; this.method = method || null; }
function has(s, c) { return typeof s === "string" ? s.indexOf(c) >= 0 : s.has(c); }
function BaseStemmer() {}
var B = BaseStemmer.prototype;
B.set_current = function (value) { this.current = value; this.cursor = 0; this.limit = value.length; this.limit_backward = 0; this.bra = 0; this.ket = this.limit; };
B.in_grouping = function (s) { if (this.cursor >= this.limit || !has(s, this.current[this.cursor])) return false; this.cursor++; return true; };
B.go_in_grouping = function (s) { while (this.cursor < this.limit) { if (!has(s, this.current[this.cursor])) return true; this.cursor++; } return false; };
B.in_grouping_b = function (s) { if (this.cursor <= this.limit_backward || !has(s, this.current[this.cursor - 1])) return false; this.cursor--; return true; };
B.go_in_grouping_b = function (s) { while (this.cursor > this.limit_backward) { if (!has(s, this.current[this.cursor - 1])) return true; this.cursor--; } return false; };
B.out_grouping = function (s) { if (this.cursor >= this.limit) return false; if (!has(s, this.current[this.cursor])) { this.cursor++; return true; } return false; };
B.go_out_grouping = function (s) { while (this.cursor < this.limit) { if (has(s, this.current[this.cursor])) return true; this.cursor++; } return false; };
B.out_grouping_b = function (s) { if (this.cursor <= this.limit_backward) return false; if (!has(s, this.current[this.cursor - 1])) { this.cursor--; return true; } return false; };
B.go_out_grouping_b = function (s) { while (this.cursor > this.limit_backward) { if (has(s, this.current[this.cursor - 1])) return true; this.cursor--; } return false; };
B.eq_s = function (s) { if (this.limit - this.cursor < s.length || this.current.slice(this.cursor, this.cursor + s.length) !== s) return false; this.cursor += s.length; return true; };
B.eq_s_b = function (s) { if (this.cursor - this.limit_backward < s.length || this.current.slice(this.cursor - s.length, this.cursor) !== s) return false; this.cursor -= s.length; return true; };
B.find_among = function (v) {
  var i = 0, j = v.length, c = this.cursor, l = this.limit, common_i = 0, common_j = 0, first = false;
  while (true) {
    var k = i + ((j - i) >> 1), diff = 0, common = Math.min(common_i, common_j), w = v[k];
    for (var i2 = common; i2 < w.s.length; i2++) {
      if (c + common === l) { diff = -1; break; }
      diff = this.current.charCodeAt(c + common) - w.s.charCodeAt(i2);
      if (diff !== 0) break;
      common++;
    }
    if (diff < 0) { j = k; common_j = common; } else { i = k; common_i = common; }
    if (j - i <= 1) { if (i > 0 || j === i || first) break; first = true; }
  }
  while (true) {
    var w2 = v[i];
    if (common_i >= w2.s.length) {
      this.cursor = c + w2.s.length;
      if (w2.method === null) return w2.result;
      if (w2.method.call(this)) { this.cursor = c + w2.s.length; return w2.result; }
    }
    i = w2.substring_i;
    if (i < 0) return 0;
  }
};
B.find_among_b = function (v) {
  var i = 0, j = v.length, c = this.cursor, lb = this.limit_backward, common_i = 0, common_j = 0, first = false;
  while (true) {
    var k = i + ((j - i) >> 1), diff = 0, common = Math.min(common_i, common_j), w = v[k];
    for (var i2 = w.s.length - 1 - common; i2 >= 0; i2--) {
      if (c - common === lb) { diff = -1; break; }
      diff = this.current.charCodeAt(c - 1 - common) - w.s.charCodeAt(i2);
      if (diff !== 0) break;
      common++;
    }
    if (diff < 0) { j = k; common_j = common; } else { i = k; common_i = common; }
    if (j - i <= 1) { if (i > 0 || j === i || first) break; first = true; }
  }
  while (true) {
    var w2 = v[i];
    if (common_i >= w2.s.length) {
      this.cursor = c - w2.s.length;
      if (w2.method === null) return w2.result;
      if (w2.method.call(this)) { this.cursor = c - w2.s.length; return w2.result; }
    }
    i = w2.substring_i;
    if (i < 0) return 0;
  }
};
B.replace_s = function (c_bra, c_ket, s) {
  var adjustment = s.length - (c_ket - c_bra);
  this.current = this.current.slice(0, c_bra) + s + this.current.slice(c_ket);
  this.limit += adjustment;
  if (this.cursor >= c_ket) this.cursor += adjustment; else if (this.cursor > c_bra) this.cursor = c_bra;
  return adjustment;
};
B.slice_from = function (s) { this.replace_s(this.bra, this.ket, s); this.ket = this.bra + s.length; };
B.slice_del = function () { this.slice_from(""); };
B.insert = function (c_bra, c_ket, s) { var a = this.replace_s(c_bra, c_ket, s); if (c_bra <= this.bra) this.bra += a; if (c_bra <= this.ket) this.ket += a; };
B.slice_to = function () { return this.current.slice(this.bra, this.ket); };
B.assign_to = function () { return this.current.slice(0, this.limit); };
ChronicleStemmers.hungarian = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_mark_regions = function () {
    var v_1, v_2;
    this.I_p1 = this.limit;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if (!(this.in_grouping(C.g_v))) {
          break lab0;
        }
        v_2 = this.cursor;
        lab1: {
          if (!(this.go_in_grouping(C.g_v))) {
            break lab1;
          }
          this.cursor += 1;
          this.I_p1 = this.cursor;
        }
        this.cursor = v_2;
        break;
      }
      this.cursor = v_1;
      if (!(this.go_out_grouping(C.g_v))) {
        return false;
      }
      this.cursor += 1;
      this.I_p1 = this.cursor;
      break;
    }
    return true;
  };
  P.r_R1 = function () {
    return (this.I_p1 <= this.cursor);
  };
  P.r_v_ending = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_0);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_from(C.as_0[(among_var - 1)]);
    return true;
  };
  P.r_double = function () {
    var v_1;
    v_1 = (this.limit - this.cursor);
    if ((this.find_among_b(C.a_1) === 0)) {
      return false;
    }
    this.cursor = (this.limit - v_1);
    return true;
  };
  P.r_undouble = function () {
    if ((this.cursor <= this.limit_backward)) {
      return false;
    }
    this.cursor -= 1;
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward)) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_instrum = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_2) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    if (!(this.r_double())) {
      return false;
    }
    this.slice_del();
    return this.r_undouble();
  };
  P.r_case = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_3) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_del();
    return this.r_v_ending();
  };
  P.r_case_special = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_4);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_from(C.as_4[(among_var - 1)]);
    return true;
  };
  P.r_case_other = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_5);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_from(C.as_5[(among_var - 1)]);
    return true;
  };
  P.r_factive = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_6) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    if (!(this.r_double())) {
      return false;
    }
    this.slice_del();
    return this.r_undouble();
  };
  P.r_plural = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_7);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_from(C.as_7[(among_var - 1)]);
    return true;
  };
  P.r_owned = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_8);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_from(C.as_8[(among_var - 1)]);
    return true;
  };
  P.r_sing_owner = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_9);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_from(C.as_9[(among_var - 1)]);
    return true;
  };
  P.r_plur_owner = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_10);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    this.slice_from(C.as_10[(among_var - 1)]);
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9, v_10;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = (this.limit - this.cursor);
    this.r_instrum();
    this.cursor = (this.limit - v_2);
    v_3 = (this.limit - this.cursor);
    this.r_case();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    this.r_case_special();
    this.cursor = (this.limit - v_4);
    v_5 = (this.limit - this.cursor);
    this.r_case_other();
    this.cursor = (this.limit - v_5);
    v_6 = (this.limit - this.cursor);
    this.r_factive();
    this.cursor = (this.limit - v_6);
    v_7 = (this.limit - this.cursor);
    this.r_owned();
    this.cursor = (this.limit - v_7);
    v_8 = (this.limit - this.cursor);
    this.r_sing_owner();
    this.cursor = (this.limit - v_8);
    v_9 = (this.limit - this.cursor);
    this.r_plur_owner();
    this.cursor = (this.limit - v_9);
    v_10 = (this.limit - this.cursor);
    this.r_plural();
    this.cursor = (this.limit - v_10);
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "\u00e1", "\u00e9", "\u00ed", "\u00f3", "\u00f6", "\u00fa", "\u00fc", "\u0151", "\u0171"]);
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("\u00e1", -(1), 1), new Among("\u00e9", -(1), 2)];
  C.as_0 = P.as_0 = ["a", "e"];
  C.a_1 = P.a_1 = [new Among("bb", -(1), -(1)), new Among("cc", -(1), -(1)), new Among("dd", -(1), -(1)), new Among("ff", -(1), -(1)), new Among("gg", -(1), -(1)), new Among("jj", -(1), -(1)), new Among("kk", -(1), -(1)), new Among("ll", -(1), -(1)), new Among("mm", -(1), -(1)), new Among("nn", -(1), -(1)), new Among("pp", -(1), -(1)), new Among("rr", -(1), -(1)), new Among("ccs", -(1), -(1)), new Among("ss", -(1), -(1)), new Among("zzs", -(1), -(1)), new Among("tt", -(1), -(1)), new Among("vv", -(1), -(1)), new Among("ggy", -(1), -(1)), new Among("lly", -(1), -(1)), new Among("nny", -(1), -(1)), new Among("tty", -(1), -(1)), new Among("ssz", -(1), -(1)), new Among("zz", -(1), -(1))];
  C.a_2 = P.a_2 = [new Among("al", -(1), 1), new Among("el", -(1), 1)];
  C.a_3 = P.a_3 = [new Among("ba", -(1), -(1)), new Among("ra", -(1), -(1)), new Among("be", -(1), -(1)), new Among("re", -(1), -(1)), new Among("ig", -(1), -(1)), new Among("nak", -(1), -(1)), new Among("nek", -(1), -(1)), new Among("val", -(1), -(1)), new Among("vel", -(1), -(1)), new Among("ul", -(1), -(1)), new Among("n\u00e1l", -(1), -(1)), new Among("n\u00e9l", -(1), -(1)), new Among("b\u00f3l", -(1), -(1)), new Among("r\u00f3l", -(1), -(1)), new Among("t\u00f3l", -(1), -(1)), new Among("\u00fcl", -(1), -(1)), new Among("b\u0151l", -(1), -(1)), new Among("r\u0151l", -(1), -(1)), new Among("t\u0151l", -(1), -(1)), new Among("n", -(1), -(1)), new Among("an", 19, -(1)), new Among("ban", 20, -(1)), new Among("en", 19, -(1)), new Among("ben", 22, -(1)), new Among("k\u00e9ppen", 22, -(1)), new Among("on", 19, -(1)), new Among("\u00f6n", 19, -(1)), new Among("k\u00e9pp", -(1), -(1)), new Among("kor", -(1), -(1)), new Among("t", -(1), -(1)), new Among("at", 29, -(1)), new Among("et", 29, -(1)), new Among("k\u00e9nt", 29, -(1)), new Among("ank\u00e9nt", 32, -(1)), new Among("enk\u00e9nt", 32, -(1)), new Among("onk\u00e9nt", 32, -(1)), new Among("ot", 29, -(1)), new Among("\u00e9rt", 29, -(1)), new Among("\u00f6t", 29, -(1)), new Among("hez", -(1), -(1)), new Among("hoz", -(1), -(1)), new Among("h\u00f6z", -(1), -(1)), new Among("v\u00e1", -(1), -(1)), new Among("v\u00e9", -(1), -(1))];
  C.a_4 = P.a_4 = [new Among("\u00e1n", -(1), 2), new Among("\u00e9n", -(1), 1), new Among("\u00e1nk\u00e9nt", -(1), 2)];
  C.as_4 = P.as_4 = ["e", "a"];
  C.a_5 = P.a_5 = [new Among("stul", -(1), 1), new Among("astul", 0, 1), new Among("\u00e1stul", 0, 2), new Among("st\u00fcl", -(1), 1), new Among("est\u00fcl", 3, 1), new Among("\u00e9st\u00fcl", 3, 3)];
  C.as_5 = P.as_5 = ["", "a", "e"];
  C.a_6 = P.a_6 = [new Among("\u00e1", -(1), 1), new Among("\u00e9", -(1), 1)];
  C.a_7 = P.a_7 = [new Among("k", -(1), 3), new Among("ak", 0, 3), new Among("ek", 0, 3), new Among("ok", 0, 3), new Among("\u00e1k", 0, 1), new Among("\u00e9k", 0, 2), new Among("\u00f6k", 0, 3)];
  C.as_7 = P.as_7 = ["a", "e", ""];
  C.a_8 = P.a_8 = [new Among("\u00e9i", -(1), 1), new Among("\u00e1\u00e9i", 0, 3), new Among("\u00e9\u00e9i", 0, 2), new Among("\u00e9", -(1), 1), new Among("k\u00e9", 3, 1), new Among("ak\u00e9", 4, 1), new Among("ek\u00e9", 4, 1), new Among("ok\u00e9", 4, 1), new Among("\u00e1k\u00e9", 4, 3), new Among("\u00e9k\u00e9", 4, 2), new Among("\u00f6k\u00e9", 4, 1), new Among("\u00e9\u00e9", 3, 2)];
  C.as_8 = P.as_8 = ["", "e", "a"];
  C.a_9 = P.a_9 = [new Among("a", -(1), 1), new Among("ja", 0, 1), new Among("d", -(1), 1), new Among("ad", 2, 1), new Among("ed", 2, 1), new Among("od", 2, 1), new Among("\u00e1d", 2, 2), new Among("\u00e9d", 2, 3), new Among("\u00f6d", 2, 1), new Among("e", -(1), 1), new Among("je", 9, 1), new Among("nk", -(1), 1), new Among("unk", 11, 1), new Among("\u00e1nk", 11, 2), new Among("\u00e9nk", 11, 3), new Among("\u00fcnk", 11, 1), new Among("uk", -(1), 1), new Among("juk", 16, 1), new Among("\u00e1juk", 17, 2), new Among("\u00fck", -(1), 1), new Among("j\u00fck", 19, 1), new Among("\u00e9j\u00fck", 20, 3), new Among("m", -(1), 1), new Among("am", 22, 1), new Among("em", 22, 1), new Among("om", 22, 1), new Among("\u00e1m", 22, 2), new Among("\u00e9m", 22, 3), new Among("o", -(1), 1), new Among("\u00e1", -(1), 2), new Among("\u00e9", -(1), 3)];
  C.as_9 = P.as_9 = ["", "a", "e"];
  C.a_10 = P.a_10 = [new Among("id", -(1), 1), new Among("aid", 0, 1), new Among("jaid", 1, 1), new Among("eid", 0, 1), new Among("jeid", 3, 1), new Among("\u00e1id", 0, 2), new Among("\u00e9id", 0, 3), new Among("i", -(1), 1), new Among("ai", 7, 1), new Among("jai", 8, 1), new Among("ei", 7, 1), new Among("jei", 10, 1), new Among("\u00e1i", 7, 2), new Among("\u00e9i", 7, 3), new Among("itek", -(1), 1), new Among("eitek", 14, 1), new Among("jeitek", 15, 1), new Among("\u00e9itek", 14, 3), new Among("ik", -(1), 1), new Among("aik", 18, 1), new Among("jaik", 19, 1), new Among("eik", 18, 1), new Among("jeik", 21, 1), new Among("\u00e1ik", 18, 2), new Among("\u00e9ik", 18, 3), new Among("ink", -(1), 1), new Among("aink", 25, 1), new Among("jaink", 26, 1), new Among("eink", 25, 1), new Among("jeink", 28, 1), new Among("\u00e1ink", 25, 2), new Among("\u00e9ink", 25, 3), new Among("aitok", -(1), 1), new Among("jaitok", 32, 1), new Among("\u00e1itok", -(1), 2), new Among("im", -(1), 1), new Among("aim", 35, 1), new Among("jaim", 36, 1), new Among("eim", 35, 1), new Among("jeim", 38, 1), new Among("\u00e1im", 35, 2), new Among("\u00e9im", 35, 3)];
  C.as_10 = P.as_10 = ["", "a", "e"];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
