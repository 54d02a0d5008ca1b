/* The Snowball irish stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.irish = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_mark_regions = function () {
    var v_1;
    this.I_pV = this.limit;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      if (!(this.go_out_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
      this.I_pV = this.cursor;
      if (!(this.go_in_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
      this.I_p1 = this.cursor;
      if (!(this.go_out_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
      if (!(this.go_in_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
      this.I_p2 = this.cursor;
    }
    this.cursor = v_1;
    return true;
  };
  P.r_initial_morph = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_0);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    this.slice_from(C.as_0[(among_var - 1)]);
    return true;
  };
  P.r_R1 = function () {
    return (this.I_p1 <= this.cursor);
  };
  P.r_R2 = function () {
    return (this.I_p2 <= this.cursor);
  };
  P.r_noun_sfx = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_1);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if (!(this.r_R1())) {
        return false;
      }
      this.slice_del();
    } else {
      if (!(this.r_R2())) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_deriv = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_2);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if (!(this.r_R2())) {
        return false;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        this.slice_from("arc");
      } else {
        if ((among_var === 3)) {
          this.slice_from("gin");
        } else {
          if ((among_var === 4)) {
            this.slice_from("graf");
          } else {
            if ((among_var === 5)) {
              this.slice_from("paite");
            } else {
              this.slice_from("\u00f3id");
            }
          }
        }
      }
    }
    return true;
  };
  P.r_verb_sfx = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_3);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if ((this.I_pV > this.cursor)) {
        return false;
      }
      this.slice_del();
    } else {
      if (!(this.r_R1())) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4;
    v_1 = this.cursor;
    this.r_initial_morph();
    this.cursor = v_1;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = (this.limit - this.cursor);
    this.r_noun_sfx();
    this.cursor = (this.limit - v_2);
    v_3 = (this.limit - this.cursor);
    this.r_deriv();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    this.r_verb_sfx();
    this.cursor = (this.limit - v_4);
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "\u00e1", "\u00e9", "\u00ed", "\u00f3", "\u00fa"]);
  C.I_p2 = P.I_p2 = 0;
  C.I_p1 = P.I_p1 = 0;
  C.I_pV = P.I_pV = 0;
  C.a_0 = P.a_0 = [new Among("b'", -(1), 1), new Among("bh", -(1), 4), new Among("bhf", 1, 2), new Among("bp", -(1), 8), new Among("ch", -(1), 5), new Among("d'", -(1), 1), new Among("d'fh", 5, 2), new Among("dh", -(1), 6), new Among("dt", -(1), 9), new Among("fh", -(1), 2), new Among("gc", -(1), 5), new Among("gh", -(1), 7), new Among("h-", -(1), 1), new Among("m'", -(1), 1), new Among("mb", -(1), 4), new Among("mh", -(1), 10), new Among("n-", -(1), 1), new Among("nd", -(1), 6), new Among("ng", -(1), 7), new Among("ph", -(1), 8), new Among("sh", -(1), 3), new Among("t-", -(1), 1), new Among("th", -(1), 9), new Among("ts", -(1), 3)];
  C.as_0 = P.as_0 = ["", "f", "s", "b", "c", "d", "g", "p", "t", "m"];
  C.a_1 = P.a_1 = [new Among("\u00edochta", -(1), 1), new Among("a\u00edochta", 0, 1), new Among("ire", -(1), 2), new Among("aire", 2, 2), new Among("abh", -(1), 1), new Among("eabh", 4, 1), new Among("ibh", -(1), 1), new Among("aibh", 6, 1), new Among("amh", -(1), 1), new Among("eamh", 8, 1), new Among("imh", -(1), 1), new Among("aimh", 10, 1), new Among("\u00edocht", -(1), 1), new Among("a\u00edocht", 12, 1), new Among("ir\u00ed", -(1), 2), new Among("air\u00ed", 14, 2)];
  C.a_2 = P.a_2 = [new Among("\u00f3ideacha", -(1), 6), new Among("patacha", -(1), 5), new Among("achta", -(1), 1), new Among("arcachta", 2, 2), new Among("eachta", 2, 1), new Among("grafa\u00edochta", -(1), 4), new Among("paite", -(1), 5), new Among("ach", -(1), 1), new Among("each", 7, 1), new Among("\u00f3ideach", 8, 6), new Among("gineach", 8, 3), new Among("patach", 7, 5), new Among("grafa\u00edoch", -(1), 4), new Among("pataigh", -(1), 5), new Among("\u00f3idigh", -(1), 6), new Among("acht\u00fail", -(1), 1), new Among("eacht\u00fail", 15, 1), new Among("gineas", -(1), 3), new Among("ginis", -(1), 3), new Among("acht", -(1), 1), new Among("arcacht", 19, 2), new Among("eacht", 19, 1), new Among("grafa\u00edocht", -(1), 4), new Among("arcachta\u00ed", -(1), 2), new Among("grafa\u00edochta\u00ed", -(1), 4)];
  C.a_3 = P.a_3 = [new Among("imid", -(1), 1), new Among("aimid", 0, 1), new Among("\u00edmid", -(1), 1), new Among("a\u00edmid", 2, 1), new Among("adh", -(1), 2), new Among("eadh", 4, 2), new Among("faidh", -(1), 1), new Among("fidh", -(1), 1), new Among("\u00e1il", -(1), 2), new Among("ain", -(1), 2), new Among("tear", -(1), 2), new Among("tar", -(1), 2)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
