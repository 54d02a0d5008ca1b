/* The Snowball swedish stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.swedish = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_mark_regions = function () {
    var v_1, I_x;
    this.I_p1 = this.limit;
    v_1 = this.cursor;
    if (((this.cursor + 3) > this.limit)) {
      return false;
    }
    this.cursor += 3;
    I_x = this.cursor;
    this.cursor = v_1;
    if (!(this.go_out_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    if (!(this.go_in_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    this.I_p1 = this.cursor;
    lab0: {
      if ((this.I_p1 >= I_x)) {
        break lab0;
      }
      this.I_p1 = I_x;
    }
    return true;
  };
  P.r_et_condition = function () {
    var v_1, v_2;
    v_1 = (this.limit - this.cursor);
    if (!(this.out_grouping_b(C.g_v))) {
      return false;
    }
    if (!(this.in_grouping_b(C.g_v))) {
      return false;
    }
    if ((this.cursor <= this.limit_backward)) {
      return false;
    }
    this.cursor = (this.limit - v_1);
    v_2 = (this.limit - this.cursor);
    lab0: {
      if ((this.find_among_b(C.a_0) === 0)) {
        break lab0;
      }
      return false;
    }
    this.cursor = (this.limit - v_2);
    return true;
  };
  P.r_main_suffix = function () {
    var v_2, among_var, v_3;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_1);
    if ((among_var === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((among_var === 1)) {
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        while (true) {
          v_3 = (this.limit - this.cursor);
          lab0: {
            if (!(this.eq_s_b("et"))) {
              break lab0;
            }
            if (!(this.r_et_condition())) {
              break lab0;
            }
            this.bra = this.cursor;
            break;
          }
          this.cursor = (this.limit - v_3);
          if (!(this.in_grouping_b(C.g_s_ending))) {
            return false;
          }
          break;
        }
        this.slice_del();
      } else {
        if (!(this.r_et_condition())) {
          return false;
        }
        this.slice_del();
      }
    }
    return true;
  };
  P.r_consonant_pair = function () {
    var v_2, v_3;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    v_3 = (this.limit - this.cursor);
    if ((this.find_among_b(C.a_2) === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor = (this.limit - v_3);
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward)) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_other_suffix = function () {
    var v_2, among_var;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_3);
    if ((among_var === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((among_var === 1)) {
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        if (!(this.in_grouping_b(C.g_ost_ending))) {
          return false;
        }
        this.slice_from("\u00f6s");
      } else {
        this.slice_from("full");
      }
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = (this.limit - this.cursor);
    this.r_main_suffix();
    this.cursor = (this.limit - v_2);
    v_3 = (this.limit - this.cursor);
    this.r_consonant_pair();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    this.r_other_suffix();
    this.cursor = (this.limit - v_4);
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y", "\u00e4", "\u00e5", "\u00f6"]);
  C.g_s_ending = P.g_s_ending = new Set(["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "r", "t", "v", "y"]);
  C.g_ost_ending = P.g_ost_ending = new Set(["i", "k", "l", "n", "p", "r", "t", "u", "v"]);
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("fab", -(1), -(1)), new Among("h", -(1), -(1)), new Among("pak", -(1), -(1)), new Among("rak", -(1), -(1)), new Among("stak", -(1), -(1)), new Among("kom", -(1), -(1)), new Among("iet", -(1), -(1)), new Among("cit", -(1), -(1)), new Among("dit", -(1), -(1)), new Among("alit", -(1), -(1)), new Among("ilit", -(1), -(1)), new Among("mit", -(1), -(1)), new Among("nit", -(1), -(1)), new Among("pit", -(1), -(1)), new Among("rit", -(1), -(1)), new Among("sit", -(1), -(1)), new Among("tit", -(1), -(1)), new Among("uit", -(1), -(1)), new Among("ivit", -(1), -(1)), new Among("kvit", -(1), -(1)), new Among("xit", -(1), -(1))];
  C.a_1 = P.a_1 = [new Among("a", -(1), 1), new Among("arna", 0, 1), new Among("erna", 0, 1), new Among("heterna", 2, 1), new Among("orna", 0, 1), new Among("ad", -(1), 1), new Among("e", -(1), 1), new Among("ade", 6, 1), new Among("ande", 6, 1), new Among("arne", 6, 1), new Among("are", 6, 1), new Among("aste", 6, 1), new Among("en", -(1), 1), new Among("anden", 12, 1), new Among("aren", 12, 1), new Among("heten", 12, 1), new Among("ern", -(1), 1), new Among("ar", -(1), 1), new Among("er", -(1), 1), new Among("heter", 18, 1), new Among("or", -(1), 1), new Among("s", -(1), 2), new Among("as", 21, 1), new Among("arnas", 22, 1), new Among("ernas", 22, 1), new Among("ornas", 22, 1), new Among("es", 21, 1), new Among("ades", 26, 1), new Among("andes", 26, 1), new Among("ens", 21, 1), new Among("arens", 29, 1), new Among("hetens", 29, 1), new Among("erns", 21, 1), new Among("at", -(1), 1), new Among("et", -(1), 3), new Among("andet", 34, 1), new Among("het", 34, 1), new Among("ast", -(1), 1)];
  C.a_2 = P.a_2 = [new Among("dd", -(1), -(1)), new Among("gd", -(1), -(1)), new Among("nn", -(1), -(1)), new Among("dt", -(1), -(1)), new Among("gt", -(1), -(1)), new Among("kt", -(1), -(1)), new Among("tt", -(1), -(1))];
  C.a_3 = P.a_3 = [new Among("ig", -(1), 1), new Among("lig", 0, 1), new Among("els", -(1), 1), new Among("fullt", -(1), 3), new Among("\u00f6st", -(1), 2)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
