/* The Snowball indonesian stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.indonesian = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_remove_particle = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_0) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.I_measure -= 1;
    return true;
  };
  P.r_remove_possessive_pronoun = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_1) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.I_measure -= 1;
    return true;
  };
  P.r_remove_suffix = function () {
    var among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_2);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      while (true) {
        v_1 = (this.limit - this.cursor);
        lab0: {
          if ((this.I_prefix === 3)) {
            break lab0;
          }
          if ((this.I_prefix === 2)) {
            break lab0;
          }
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "k"))) {
            break lab0;
          }
          this.cursor -= 1;
          this.bra = this.cursor;
          break;
        }
        this.cursor = (this.limit - v_1);
        if ((this.I_prefix === 1)) {
          return false;
        }
        break;
      }
    } else {
      if ((this.I_prefix > 2)) {
        return false;
      }
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "s"))) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
    }
    this.slice_del();
    this.I_measure -= 1;
    return true;
  };
  P.r_remove_first_order_prefix = function () {
    var among_var, v_1, v_2, v_3, v_4, v_5, v_7, v_6, v_8;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_3);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((among_var === 1)) {
      this.slice_del();
      this.I_prefix = 1;
      this.I_measure -= 1;
    } else {
      if ((among_var === 2)) {
        while (true) {
          v_1 = this.cursor;
          lab0: {
            if (((this.cursor === this.limit) || (this.current[this.cursor] !== "y"))) {
              break lab0;
            }
            this.cursor += 1;
            v_2 = this.cursor;
            if (!(this.in_grouping(C.g_vowel))) {
              break lab0;
            }
            this.cursor = v_2;
            this.ket = this.cursor;
            this.slice_from("s");
            this.I_prefix = 1;
            this.I_measure -= 1;
            break;
          }
          this.cursor = v_1;
          this.slice_del();
          this.I_prefix = 1;
          this.I_measure -= 1;
          break;
        }
      } else {
        if ((among_var === 3)) {
          this.slice_del();
          this.I_prefix = 3;
          this.I_measure -= 1;
        } else {
          if ((among_var === 4)) {
            while (true) {
              v_3 = this.cursor;
              lab0: {
                if (((this.cursor === this.limit) || (this.current[this.cursor] !== "y"))) {
                  break lab0;
                }
                this.cursor += 1;
                v_4 = this.cursor;
                if (!(this.in_grouping(C.g_vowel))) {
                  break lab0;
                }
                this.cursor = v_4;
                this.ket = this.cursor;
                this.slice_from("s");
                this.I_prefix = 3;
                this.I_measure -= 1;
                break;
              }
              this.cursor = v_3;
              this.slice_del();
              this.I_prefix = 3;
              this.I_measure -= 1;
              break;
            }
          } else {
            if ((among_var === 5)) {
              this.I_prefix = 1;
              this.I_measure -= 1;
              while (true) {
                v_5 = this.cursor;
                lab0: {
                  v_6 = this.cursor;
                  if (!(this.in_grouping(C.g_vowel))) {
                    break lab0;
                  }
                  this.cursor = v_6;
                  this.slice_from("p");
                  break;
                }
                this.cursor = v_5;
                this.slice_del();
                break;
              }
            } else {
              this.I_prefix = 3;
              this.I_measure -= 1;
              while (true) {
                v_7 = this.cursor;
                lab0: {
                  v_8 = this.cursor;
                  if (!(this.in_grouping(C.g_vowel))) {
                    break lab0;
                  }
                  this.cursor = v_8;
                  this.slice_from("p");
                  break;
                }
                this.cursor = v_7;
                this.slice_del();
                break;
              }
            }
          }
        }
      }
    }
    return true;
  };
  P.r_remove_second_order_prefix = function () {
    var among_var, v_1, v_2;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_4);
    if ((among_var === 0)) {
      return false;
    }
    if ((among_var === 1)) {
      while (true) {
        v_1 = this.cursor;
        lab0: {
          if (((this.cursor === this.limit) || (this.current[this.cursor] !== "r"))) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          this.I_prefix = 2;
          break;
        }
        this.cursor = v_1;
        lab0: {
          if (((this.cursor === this.limit) || (this.current[this.cursor] !== "l"))) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          if (!(this.eq_s("ajar"))) {
            break lab0;
          }
          break;
        }
        this.cursor = v_1;
        this.ket = this.cursor;
        this.I_prefix = 2;
        break;
      }
    } else {
      while (true) {
        v_2 = this.cursor;
        lab0: {
          if (((this.cursor === this.limit) || (this.current[this.cursor] !== "r"))) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          break;
        }
        this.cursor = v_2;
        lab0: {
          if (((this.cursor === this.limit) || (this.current[this.cursor] !== "l"))) {
            break lab0;
          }
          this.cursor += 1;
          this.ket = this.cursor;
          if (!(this.eq_s("ajar"))) {
            break lab0;
          }
          break;
        }
        this.cursor = v_2;
        this.ket = this.cursor;
        if (!(this.out_grouping(C.g_vowel))) {
          return false;
        }
        if (!(this.eq_s("er"))) {
          return false;
        }
        break;
      }
      this.I_prefix = 4;
    }
    this.I_measure -= 1;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_3, v_4, v_5, v_9, v_10, v_2, v_6, v_7, v_8;
    this.I_measure = 0;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (!(this.go_out_grouping(C.g_vowel))) {
            break lab1;
          }
          this.cursor += 1;
          this.I_measure += 1;
          continue;
        }
        this.cursor = v_2;
        break;
      }
    }
    this.cursor = v_1;
    if ((this.I_measure <= 2)) {
      return false;
    }
    this.I_prefix = 0;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = (this.limit - this.cursor);
    this.r_remove_particle();
    this.cursor = (this.limit - v_3);
    if ((this.I_measure <= 2)) {
      return false;
    }
    v_4 = (this.limit - this.cursor);
    this.r_remove_possessive_pronoun();
    this.cursor = (this.limit - v_4);
    this.cursor = this.limit_backward;
    if ((this.I_measure <= 2)) {
      return false;
    }
    while (true) {
      v_5 = this.cursor;
      lab0: {
        v_6 = this.cursor;
        if (!(this.r_remove_first_order_prefix())) {
          break lab0;
        }
        v_7 = this.cursor;
        lab1: {
          v_8 = this.cursor;
          if ((this.I_measure <= 2)) {
            break lab1;
          }
          this.limit_backward = this.cursor;
          this.cursor = this.limit;
          if (!(this.r_remove_suffix())) {
            break lab1;
          }
          this.cursor = this.limit_backward;
          this.cursor = v_8;
          if ((this.I_measure <= 2)) {
            break lab1;
          }
          if (!(this.r_remove_second_order_prefix())) {
            break lab1;
          }
        }
        this.cursor = v_7;
        this.cursor = v_6;
        break;
      }
      this.cursor = v_5;
      v_9 = this.cursor;
      this.r_remove_second_order_prefix();
      this.cursor = v_9;
      v_10 = this.cursor;
      lab0: {
        if ((this.I_measure <= 2)) {
          break lab0;
        }
        this.limit_backward = this.cursor;
        this.cursor = this.limit;
        if (!(this.r_remove_suffix())) {
          break lab0;
        }
        this.cursor = this.limit_backward;
      }
      this.cursor = v_10;
      break;
    }
    return true;
  };
  C.g_vowel = P.g_vowel = new Set(["a", "e", "i", "o", "u"]);
  C.I_prefix = P.I_prefix = 0;
  C.I_measure = P.I_measure = 0;
  C.a_0 = P.a_0 = [new Among("kah", -(1), 1), new Among("lah", -(1), 1), new Among("pun", -(1), 1)];
  C.a_1 = P.a_1 = [new Among("nya", -(1), 1), new Among("ku", -(1), 1), new Among("mu", -(1), 1)];
  C.a_2 = P.a_2 = [new Among("i", -(1), 2), new Among("an", -(1), 1)];
  C.a_3 = P.a_3 = [new Among("di", -(1), 1), new Among("ke", -(1), 3), new Among("me", -(1), 1), new Among("mem", 2, 5), new Among("men", 2, 2), new Among("meng", 4, 1), new Among("pem", -(1), 6), new Among("pen", -(1), 4), new Among("peng", 7, 3), new Among("ter", -(1), 1)];
  C.a_4 = P.a_4 = [new Among("be", -(1), 2), new Among("pe", -(1), 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
