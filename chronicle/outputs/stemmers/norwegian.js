/* The Snowball norwegian stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.norwegian = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_mark_regions = function () {
    var v_1, v_3, v_2;
    this.I_p1 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          while (true) {
            lab2: {
              if (((this.cursor === this.limit) || (this.current[this.cursor] !== "'"))) {
                break lab2;
              }
              this.cursor += 1;
              break;
            }
            if ((this.cursor >= this.limit)) {
              break lab1;
            }
            this.cursor += 1;
          }
          break;
        }
        this.cursor = v_2;
        if (!(this.go_out_grouping(C.g_v))) {
          break lab0;
        }
        this.cursor += 1;
        if (!(this.go_in_grouping(C.g_v))) {
          break lab0;
        }
        this.cursor += 1;
        break;
      }
      this.I_p1 = this.cursor;
    }
    this.cursor = v_1;
    v_3 = this.cursor;
    if (((this.cursor + 3) > this.limit)) {
      return false;
    }
    this.cursor += 3;
    lab0: {
      if ((this.I_p1 >= this.cursor)) {
        break lab0;
      }
      this.I_p1 = this.cursor;
    }
    this.cursor = v_3;
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
        among_var = this.find_among_b(C.a_0);
        if ((among_var === 1)) {
          this.slice_del();
        }
      } else {
        if ((among_var === 3)) {
          while (true) {
            v_3 = (this.limit - this.cursor);
            lab0: {
              if (!(this.in_grouping_b(C.g_s_ending))) {
                break lab0;
              }
              break;
            }
            this.cursor = (this.limit - v_3);
            lab0: {
              if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "r"))) {
                break lab0;
              }
              this.cursor -= 1;
              lab1: {
                if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
                  break lab1;
                }
                this.cursor -= 1;
                break lab0;
              }
              break;
            }
            this.cursor = (this.limit - v_3);
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "k"))) {
              return false;
            }
            this.cursor -= 1;
            if (!(this.out_grouping_b(C.g_v))) {
              return false;
            }
            break;
          }
          this.slice_del();
        } else {
          this.slice_from("er");
        }
      }
    }
    return true;
  };
  P.r_consonant_pair = function () {
    var v_1, v_3;
    v_1 = (this.limit - this.cursor);
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_3 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_2) === 0)) {
      this.limit_backward = v_3;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_3;
    this.cursor = (this.limit - v_1);
    if ((this.cursor <= this.limit_backward)) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_other_suffix = function () {
    var v_2;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_3) === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3;
    if (!(this.r_mark_regions())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    this.r_main_suffix();
    this.cursor = (this.limit - v_1);
    v_2 = (this.limit - this.cursor);
    this.r_consonant_pair();
    this.cursor = (this.limit - v_2);
    v_3 = (this.limit - this.cursor);
    this.r_other_suffix();
    this.cursor = (this.limit - v_3);
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y", "\u00e5", "\u00e6", "\u00ea", "\u00f2", "\u00f3", "\u00f4", "\u00f8"]);
  C.g_s_ending = P.g_s_ending = new Set(["b", "c", "d", "f", "g", "h", "j", "l", "m", "n", "o", "p", "t", "v", "y", "z"]);
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("", -(1), 1), new Among("ind", 0, -(1)), new Among("kk", 0, -(1)), new Among("nk", 0, -(1)), new Among("amm", 0, -(1)), new Among("omm", 0, -(1)), new Among("kap", 0, -(1)), new Among("skap", 6, 1), new Among("pp", 0, -(1)), new Among("lt", 0, -(1)), new Among("ast", 0, -(1)), new Among("\u00f8st", 0, -(1)), new Among("v", 0, -(1)), new Among("hav", 12, 1), new Among("giv", 12, 1)];
  C.a_1 = P.a_1 = [new Among("a", -(1), 1), new Among("e", -(1), 1), new Among("ede", 1, 1), new Among("ande", 1, 1), new Among("ende", 1, 1), new Among("ane", 1, 1), new Among("ene", 1, 1), new Among("hetene", 6, 1), new Among("erte", 1, 4), new Among("en", -(1), 1), new Among("heten", 9, 1), new Among("ar", -(1), 1), new Among("er", -(1), 1), new Among("heter", 12, 1), new Among("s", -(1), 3), new Among("as", 14, 1), new Among("es", 14, 1), new Among("edes", 16, 1), new Among("endes", 16, 1), new Among("enes", 16, 1), new Among("hetenes", 19, 1), new Among("ens", 14, 1), new Among("hetens", 21, 1), new Among("ers", 14, 2), new Among("ets", 14, 1), new Among("et", -(1), 1), new Among("het", 25, 1), new Among("ert", -(1), 4), new Among("ast", -(1), 1)];
  C.a_2 = P.a_2 = [new Among("dt", -(1), -(1)), new Among("vt", -(1), -(1))];
  C.a_3 = P.a_3 = [new Among("leg", -(1), 1), new Among("eleg", 0, 1), new Among("ig", -(1), 1), new Among("eig", 2, 1), new Among("lig", 2, 1), new Among("elig", 4, 1), new Among("els", -(1), 1), new Among("lov", -(1), 1), new Among("elov", 7, 1), new Among("slov", 7, 1), new Among("hetslov", 9, 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
