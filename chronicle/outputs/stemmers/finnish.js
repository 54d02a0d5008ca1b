/* The Snowball finnish stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.finnish = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_mark_regions = function () {
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    if (!(this.go_out_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    if (!(this.go_in_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    this.I_p1 = this.cursor;
    if (!(this.go_out_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    if (!(this.go_in_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    this.I_p2 = this.cursor;
    return true;
  };
  P.r_particle_etc = function () {
    var v_2, among_var;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_0);
    if ((among_var === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((among_var === 1)) {
      if (!(this.in_grouping_b(C.g_particle_end))) {
        return false;
      }
    } else {
      if ((this.I_p2 > this.cursor)) {
        return false;
      }
    }
    this.slice_del();
    return true;
  };
  P.r_possessive = function () {
    var v_2, among_var;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_4);
    if ((among_var === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((among_var === 1)) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "k"))) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        this.slice_del();
        this.ket = this.cursor;
        if (!(this.eq_s_b("kse"))) {
          return false;
        }
        this.bra = this.cursor;
        this.slice_from("ksi");
      } else {
        if ((among_var === 3)) {
          this.slice_del();
        } else {
          if ((among_var === 4)) {
            if ((this.find_among_b(C.a_1) === 0)) {
              return false;
            }
            this.slice_del();
          } else {
            if ((among_var === 5)) {
              if ((this.find_among_b(C.a_2) === 0)) {
                return false;
              }
              this.slice_del();
            } else {
              if ((this.find_among_b(C.a_3) === 0)) {
                return false;
              }
              this.slice_del();
            }
          }
        }
      }
    }
    return true;
  };
  P.r_LV = function () {
    return (this.find_among_b(C.a_5) !== 0);
  };
  P.r_VI = function () {
    return (this.find_among_b(C.a_6) !== 0);
  };
  P.r_A = function () {
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "a"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_E = function () {
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_I = function () {
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "i"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_O = function () {
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "o"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_U = function () {
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "u"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_A_ = function () {
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00e4"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_O_ = function () {
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00f6"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00f8"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    return true;
  };
  P.r_case_ending = function () {
    var v_2, among_var, v_3, v_4, v_5;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_7);
    if ((among_var === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((among_var === 1)) {
      v_3 = (this.limit - this.cursor);
      lab0: {
        v_4 = (this.limit - this.cursor);
        while (true) {
          v_5 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_LV())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_5);
          if (!(this.eq_s_b("ie"))) {
            this.cursor = (this.limit - v_3);
            break lab0;
          }
          break;
        }
        this.cursor = (this.limit - v_4);
        if ((this.cursor <= this.limit_backward)) {
          this.cursor = (this.limit - v_3);
          break lab0;
        }
        this.cursor -= 1;
        this.bra = this.cursor;
      }
    } else {
      if ((among_var === 2)) {
        if (!(this.in_grouping_b(C.g_v))) {
          return false;
        }
        if (!(this.in_grouping_b(C.g_C))) {
          return false;
        }
      } else {
        if ((among_var === 3)) {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
            return false;
          }
          this.cursor -= 1;
        }
      }
    }
    this.slice_del();
    this.B_ending_removed = true;
    return true;
  };
  P.r_other_endings = function () {
    var v_2, among_var;
    if ((this.cursor < this.I_p2)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p2;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_8);
    if ((among_var === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((among_var === 1)) {
      lab0: {
        if (!(this.eq_s_b("po"))) {
          break lab0;
        }
        return false;
      }
    }
    this.slice_del();
    return true;
  };
  P.r_i_plural = function () {
    var v_2;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_9) === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    this.slice_del();
    return true;
  };
  P.r_t_plural = function () {
    var v_2, v_3, v_5, among_var;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "t"))) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    v_3 = (this.limit - this.cursor);
    if (!(this.in_grouping_b(C.g_v))) {
      this.limit_backward = v_2;
      return false;
    }
    this.cursor = (this.limit - v_3);
    this.slice_del();
    this.limit_backward = v_2;
    if ((this.cursor < this.I_p2)) {
      return false;
    }
    v_5 = this.limit_backward;
    this.limit_backward = this.I_p2;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_10);
    if ((among_var === 0)) {
      this.limit_backward = v_5;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_5;
    if ((among_var === 1)) {
      lab0: {
        if (!(this.eq_s_b("po"))) {
          break lab0;
        }
        return false;
      }
    }
    this.slice_del();
    return true;
  };
  P.r_tidy = function () {
    var v_2, v_3, v_5, v_6, v_7, v_8, v_4, S_x;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    v_3 = (this.limit - this.cursor);
    lab0: {
      v_4 = (this.limit - this.cursor);
      if (!(this.r_LV())) {
        break lab0;
      }
      this.cursor = (this.limit - v_4);
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward)) {
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
    }
    this.cursor = (this.limit - v_3);
    v_5 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (!(this.in_grouping_b(C.g_AEI))) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!(this.in_grouping_b(C.g_C))) {
        break lab0;
      }
      this.slice_del();
    }
    this.cursor = (this.limit - v_5);
    v_6 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "j"))) {
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      while (true) {
        lab1: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "o"))) {
            break lab1;
          }
          this.cursor -= 1;
          break;
        }
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "u"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    }
    this.cursor = (this.limit - v_6);
    v_7 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "o"))) {
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "j"))) {
        break lab0;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    this.cursor = (this.limit - v_7);
    this.limit_backward = v_2;
    v_8 = (this.limit - this.cursor);
    lab0: {
      if (!(this.go_in_grouping_b(C.g_v))) {
        break lab0;
      }
      this.ket = this.cursor;
      if (!(this.in_grouping_b(C.g_C))) {
        break lab0;
      }
      this.bra = this.cursor;
      S_x = this.slice_to();
      if (!(this.eq_s_b(S_x))) {
        break lab0;
      }
      this.slice_del();
    }
    this.cursor = (this.limit - v_8);
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_8, v_7, v_6;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    this.B_ending_removed = false;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = (this.limit - this.cursor);
    this.r_particle_etc();
    this.cursor = (this.limit - v_2);
    v_3 = (this.limit - this.cursor);
    this.r_possessive();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    this.r_case_ending();
    this.cursor = (this.limit - v_4);
    v_5 = (this.limit - this.cursor);
    this.r_other_endings();
    this.cursor = (this.limit - v_5);
    while (true) {
      lab0: {
        if (!(this.B_ending_removed)) {
          break lab0;
        }
        v_6 = (this.limit - this.cursor);
        this.r_i_plural();
        this.cursor = (this.limit - v_6);
        break;
      }
      v_7 = (this.limit - this.cursor);
      this.r_t_plural();
      this.cursor = (this.limit - v_7);
      break;
    }
    v_8 = (this.limit - this.cursor);
    this.r_tidy();
    this.cursor = (this.limit - v_8);
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_AEI = P.g_AEI = new Set(["a", "e", "i", "\u00e4"]);
  C.g_C = P.g_C = new Set(["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "z"]);
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y", "\u00e4", "\u00f6"]);
  C.g_particle_end = P.g_particle_end = new Set(["a", "e", "i", "n", "o", "t", "u", "y", "\u00e4", "\u00f6"]);
  C.B_ending_removed = P.B_ending_removed = false;
  C.I_p2 = P.I_p2 = 0;
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("pa", -(1), 1), new Among("sti", -(1), 2), new Among("kaan", -(1), 1), new Among("han", -(1), 1), new Among("kin", -(1), 1), new Among("h\u00e4n", -(1), 1), new Among("k\u00e4\u00e4n", -(1), 1), new Among("ko", -(1), 1), new Among("p\u00e4", -(1), 1), new Among("k\u00f6", -(1), 1)];
  C.a_1 = P.a_1 = [new Among("lla", -(1), -(1)), new Among("na", -(1), -(1)), new Among("ssa", -(1), -(1)), new Among("ta", -(1), -(1)), new Among("lta", 3, -(1)), new Among("sta", 3, -(1))];
  C.a_2 = P.a_2 = [new Among("ll\u00e4", -(1), -(1)), new Among("n\u00e4", -(1), -(1)), new Among("ss\u00e4", -(1), -(1)), new Among("t\u00e4", -(1), -(1)), new Among("lt\u00e4", 3, -(1)), new Among("st\u00e4", 3, -(1))];
  C.a_3 = P.a_3 = [new Among("lle", -(1), -(1)), new Among("ine", -(1), -(1))];
  C.a_4 = P.a_4 = [new Among("nsa", -(1), 3), new Among("mme", -(1), 3), new Among("nne", -(1), 3), new Among("ni", -(1), 2), new Among("si", -(1), 1), new Among("an", -(1), 4), new Among("en", -(1), 6), new Among("\u00e4n", -(1), 5), new Among("ns\u00e4", -(1), 3)];
  C.a_5 = P.a_5 = [new Among("aa", -(1), -(1)), new Among("ee", -(1), -(1)), new Among("ii", -(1), -(1)), new Among("oo", -(1), -(1)), new Among("uu", -(1), -(1)), new Among("\u00e4\u00e4", -(1), -(1)), new Among("\u00f6\u00f6", -(1), -(1))];
  C.a_6 = P.a_6 = [new Among("'", -(1), -(1)), new Among("ai", -(1), -(1)), new Among("ei", -(1), -(1)), new Among("ii", -(1), -(1)), new Among("oi", -(1), -(1)), new Among("ui", -(1), -(1)), new Among("\u00e4i", -(1), -(1)), new Among("\u00f6i", -(1), -(1))];
  C.a_7 = P.a_7 = [new Among("a", -(1), 2), new Among("lla", 0, -(1)), new Among("na", 0, -(1)), new Among("ssa", 0, -(1)), new Among("ta", 0, -(1)), new Among("lta", 4, -(1)), new Among("sta", 4, -(1)), new Among("tta", 4, 3), new Among("lle", -(1), -(1)), new Among("ine", -(1), -(1)), new Among("ksi", -(1), -(1)), new Among("n", -(1), 1), new Among("han", 11, -(1), P.r_A), new Among("den", 11, -(1), P.r_VI), new Among("seen", 11, -(1), P.r_LV), new Among("hen", 11, -(1), P.r_E), new Among("tten", 11, -(1), P.r_VI), new Among("hin", 11, -(1), P.r_I), new Among("siin", 11, -(1), P.r_VI), new Among("hon", 11, -(1), P.r_O), new Among("hun", 11, -(1), P.r_U), new Among("h\u00e4n", 11, -(1), P.r_A_), new Among("h\u00f6n", 11, -(1), P.r_O_), new Among("\u00e4", -(1), 2), new Among("ll\u00e4", 23, -(1)), new Among("n\u00e4", 23, -(1)), new Among("ss\u00e4", 23, -(1)), new Among("t\u00e4", 23, -(1)), new Among("lt\u00e4", 27, -(1)), new Among("st\u00e4", 27, -(1)), new Among("tt\u00e4", 27, 3)];
  C.a_8 = P.a_8 = [new Among("eja", -(1), -(1)), new Among("mma", -(1), 1), new Among("imma", 1, -(1)), new Among("mpa", -(1), 1), new Among("impa", 3, -(1)), new Among("mmi", -(1), 1), new Among("immi", 5, -(1)), new Among("mpi", -(1), 1), new Among("impi", 7, -(1)), new Among("ej\u00e4", -(1), -(1)), new Among("mm\u00e4", -(1), 1), new Among("imm\u00e4", 10, -(1)), new Among("mp\u00e4", -(1), 1), new Among("imp\u00e4", 12, -(1))];
  C.a_9 = P.a_9 = [new Among("i", -(1), -(1)), new Among("j", -(1), -(1))];
  C.a_10 = P.a_10 = [new Among("mma", -(1), 1), new Among("imma", 0, -(1))];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
