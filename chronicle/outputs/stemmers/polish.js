/* The Snowball polish stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.polish = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_mark_regions = function () {
    this.I_p1 = this.limit;
    if (!(this.go_out_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    if (!(this.go_in_grouping(C.g_v))) {
      return false;
    }
    this.cursor += 1;
    this.I_p1 = this.cursor;
    return true;
  };
  P.r_R1 = function () {
    return (this.I_p1 <= this.cursor);
  };
  P.r_remove_endings = function () {
    var v_1, among_var, v_6, v_3, v_4, v_5;
    v_1 = (this.limit - this.cursor);
    lab0: {
      if ((this.cursor < this.I_p1)) {
        break lab0;
      }
      v_3 = this.limit_backward;
      this.limit_backward = this.I_p1;
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_0) === 0)) {
        this.limit_backward = v_3;
        break lab0;
      }
      this.bra = this.cursor;
      this.limit_backward = v_3;
      this.slice_del();
    }
    this.cursor = (this.limit - v_1);
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_2);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        this.slice_from("s");
      } else {
        if ((among_var === 3)) {
          while (true) {
            v_4 = (this.limit - this.cursor);
            lab0: {
              if (!(this.r_R1())) {
                break lab0;
              }
              this.slice_del();
              break;
            }
            this.cursor = (this.limit - v_4);
            this.slice_from("s");
            break;
          }
        } else {
          if ((among_var === 4)) {
            this.slice_from("\u0142");
          } else {
            this.slice_del();
            v_5 = (this.limit - this.cursor);
            lab0: {
              this.ket = this.cursor;
              among_var = this.find_among_b(C.a_1);
              if ((among_var === 0)) {
                this.cursor = (this.limit - v_5);
                break lab0;
              }
              this.bra = this.cursor;
              this.slice_from(C.as_1[(among_var - 1)]);
            }
          }
        }
      }
    }
    v_6 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
        this.cursor = (this.limit - v_6);
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
    }
    return true;
  };
  P.r_normalize_consonant = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_3);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((this.cursor <= this.limit_backward)) {
      return false;
    }
    this.slice_from(C.as_3[(among_var - 1)]);
    return true;
  };
  P._stem = function () {
    var v_1, v_2;
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    while (true) {
      v_2 = this.cursor;
      lab0: {
        if (((this.cursor + 2) > this.limit)) {
          break lab0;
        }
        this.cursor += 2;
        this.limit_backward = this.cursor;
        this.cursor = this.limit;
        if (!(this.r_remove_endings())) {
          break lab0;
        }
        this.cursor = this.limit_backward;
        break;
      }
      this.cursor = v_2;
      this.limit_backward = this.cursor;
      this.cursor = this.limit;
      if (!(this.r_normalize_consonant())) {
        return false;
      }
      this.cursor = this.limit_backward;
      break;
    }
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y", "\u00f3", "\u0105", "\u0119"]);
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("by\u015bcie", -(1), 1), new Among("bym", -(1), 1), new Among("by", -(1), 1), new Among("by\u015bmy", -(1), 1), new Among("by\u015b", -(1), 1)];
  C.a_1 = P.a_1 = [new Among("\u0105c", -(1), 1), new Among("aj\u0105c", 0, 1), new Among("sz\u0105c", 0, 2), new Among("sz", -(1), 1), new Among("iejsz", 3, 1)];
  C.as_1 = P.as_1 = ["", "s"];
  C.a_2 = P.a_2 = [new Among("a", -(1), 1, P.r_R1), new Among("\u0105ca", 0, 1), new Among("aj\u0105ca", 1, 1), new Among("sz\u0105ca", 1, 2), new Among("ia", 0, 1, P.r_R1), new Among("sza", 0, 1), new Among("iejsza", 5, 1), new Among("a\u0142a", 0, 1), new Among("ia\u0142a", 7, 1), new Among("i\u0142a", 0, 1), new Among("\u0105c", -(1), 1), new Among("aj\u0105c", 10, 1), new Among("e", -(1), 1, P.r_R1), new Among("\u0105ce", 12, 1), new Among("aj\u0105ce", 13, 1), new Among("sz\u0105ce", 13, 2), new Among("ie", 12, 1, P.r_R1), new Among("cie", 16, 1), new Among("acie", 17, 1), new Among("ecie", 17, 1), new Among("icie", 17, 1), new Among("ajcie", 17, 1), new Among("li\u015bcie", 17, 4), new Among("ali\u015bcie", 22, 1), new Among("ieli\u015bcie", 22, 1), new Among("ili\u015bcie", 22, 1), new Among("\u0142y\u015bcie", 17, 4), new Among("a\u0142y\u015bcie", 26, 1), new Among("ia\u0142y\u015bcie", 27, 1), new Among("i\u0142y\u015bcie", 26, 1), new Among("sze", 12, 1), new Among("iejsze", 30, 1), new Among("ach", -(1), 1, P.r_R1), new Among("iach", 32, 1, P.r_R1), new Among("ich", -(1), 5), new Among("ych", -(1), 5), new Among("i", -(1), 1, P.r_R1), new Among("ali", 36, 1), new Among("ieli", 36, 1), new Among("ili", 36, 1), new Among("ami", 36, 1, P.r_R1), new Among("iami", 40, 1, P.r_R1), new Among("imi", 36, 5), new Among("ymi", 36, 5), new Among("owi", 36, 1, P.r_R1), new Among("iowi", 44, 1, P.r_R1), new Among("aj", -(1), 1), new Among("ej", -(1), 5), new Among("iej", 47, 5), new Among("am", -(1), 1), new Among("a\u0142am", 49, 1), new Among("ia\u0142am", 50, 1), new Among("i\u0142am", 49, 1), new Among("em", -(1), 1, P.r_R1), new Among("iem", 53, 1, P.r_R1), new Among("a\u0142em", 53, 1), new Among("ia\u0142em", 55, 1), new Among("i\u0142em", 53, 1), new Among("im", -(1), 5), new Among("om", -(1), 1, P.r_R1), new Among("iom", 59, 1, P.r_R1), new Among("ym", -(1), 5), new Among("o", -(1), 1, P.r_R1), new Among("ego", 62, 5), new Among("iego", 63, 5), new Among("a\u0142o", 62, 1), new Among("ia\u0142o", 65, 1), new Among("i\u0142o", 62, 1), new Among("u", -(1), 1, P.r_R1), new Among("iu", 68, 1, P.r_R1), new Among("emu", 68, 5), new Among("iemu", 70, 5), new Among("\u00f3w", -(1), 1, P.r_R1), new Among("y", -(1), 5), new Among("amy", 73, 1), new Among("emy", 73, 1), new Among("imy", 73, 1), new Among("li\u015bmy", 73, 4), new Among("ali\u015bmy", 77, 1), new Among("ieli\u015bmy", 77, 1), new Among("ili\u015bmy", 77, 1), new Among("\u0142y\u015bmy", 73, 4), new Among("a\u0142y\u015bmy", 81, 1), new Among("ia\u0142y\u015bmy", 82, 1), new Among("i\u0142y\u015bmy", 81, 1), new Among("a\u0142y", 73, 1), new Among("ia\u0142y", 85, 1), new Among("i\u0142y", 73, 1), new Among("asz", -(1), 1), new Among("esz", -(1), 1), new Among("isz", -(1), 1), new Among("\u0105", -(1), 1, P.r_R1), new Among("\u0105c\u0105", 91, 1), new Among("aj\u0105c\u0105", 92, 1), new Among("sz\u0105c\u0105", 92, 2), new Among("i\u0105", 91, 1, P.r_R1), new Among("aj\u0105", 91, 1), new Among("sz\u0105", 91, 3), new Among("iejsz\u0105", 97, 1), new Among("a\u0107", -(1), 1), new Among("ie\u0107", -(1), 1), new Among("i\u0107", -(1), 1), new Among("\u0105\u0107", -(1), 1), new Among("a\u015b\u0107", -(1), 1), new Among("e\u015b\u0107", -(1), 1), new Among("\u0119", -(1), 1), new Among("sz\u0119", 105, 2), new Among("a\u0142", -(1), 1), new Among("ia\u0142", 107, 1), new Among("i\u0142", -(1), 1), new Among("\u0142a\u015b", -(1), 4), new Among("a\u0142a\u015b", 110, 1), new Among("ia\u0142a\u015b", 111, 1), new Among("i\u0142a\u015b", 110, 1), new Among("\u0142e\u015b", -(1), 4), new Among("a\u0142e\u015b", 114, 1), new Among("ia\u0142e\u015b", 115, 1), new Among("i\u0142e\u015b", 114, 1)];
  C.a_3 = P.a_3 = [new Among("\u0107", -(1), 1), new Among("\u0144", -(1), 2), new Among("\u015b", -(1), 3), new Among("\u017a", -(1), 4)];
  C.as_3 = P.as_3 = ["c", "n", "s", "z"];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
