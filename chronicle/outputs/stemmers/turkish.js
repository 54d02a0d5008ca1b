/* The Snowball turkish stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.turkish = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_check_vowel_harmony = function () {
    var v_1, v_2;
    v_1 = (this.limit - this.cursor);
    if (!(this.go_out_grouping_b(C.g_vowel))) {
      return false;
    }
    while (true) {
      v_2 = (this.limit - this.cursor);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "a"))) {
          break lab0;
        }
        this.cursor -= 1;
        if (!(this.go_out_grouping_b(C.g_vowel1))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
          break lab0;
        }
        this.cursor -= 1;
        if (!(this.go_out_grouping_b(C.g_vowel2))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0131"))) {
          break lab0;
        }
        this.cursor -= 1;
        if (!(this.go_out_grouping_b(C.g_vowel3))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "i"))) {
          break lab0;
        }
        this.cursor -= 1;
        if (!(this.go_out_grouping_b(C.g_vowel4))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "o"))) {
          break lab0;
        }
        this.cursor -= 1;
        if (!(this.go_out_grouping_b(C.g_vowel5))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00f6"))) {
          break lab0;
        }
        this.cursor -= 1;
        if (!(this.go_out_grouping_b(C.g_vowel6))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "u"))) {
          break lab0;
        }
        this.cursor -= 1;
        if (!(this.go_out_grouping_b(C.g_vowel5))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00fc"))) {
        return false;
      }
      this.cursor -= 1;
      if (!(this.go_out_grouping_b(C.g_vowel6))) {
        return false;
      }
      break;
    }
    this.cursor = (this.limit - v_1);
    return true;
  };
  P.r_mark_suffix_with_optional_n_consonant = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "n"))) {
          break lab0;
        }
        this.cursor -= 1;
        v_2 = (this.limit - this.cursor);
        if (!(this.in_grouping_b(C.g_vowel))) {
          break lab0;
        }
        this.cursor = (this.limit - v_2);
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "n"))) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      v_3 = (this.limit - this.cursor);
      if ((this.cursor <= this.limit_backward)) {
        return false;
      }
      this.cursor -= 1;
      if (!(this.in_grouping_b(C.g_vowel))) {
        return false;
      }
      this.cursor = (this.limit - v_3);
      break;
    }
    return true;
  };
  P.r_mark_suffix_with_optional_s_consonant = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "s"))) {
          break lab0;
        }
        this.cursor -= 1;
        v_2 = (this.limit - this.cursor);
        if (!(this.in_grouping_b(C.g_vowel))) {
          break lab0;
        }
        this.cursor = (this.limit - v_2);
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "s"))) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      v_3 = (this.limit - this.cursor);
      if ((this.cursor <= this.limit_backward)) {
        return false;
      }
      this.cursor -= 1;
      if (!(this.in_grouping_b(C.g_vowel))) {
        return false;
      }
      this.cursor = (this.limit - v_3);
      break;
    }
    return true;
  };
  P.r_mark_suffix_with_optional_y_consonant = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "y"))) {
          break lab0;
        }
        this.cursor -= 1;
        v_2 = (this.limit - this.cursor);
        if (!(this.in_grouping_b(C.g_vowel))) {
          break lab0;
        }
        this.cursor = (this.limit - v_2);
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "y"))) {
          break lab0;
        }
        this.cursor -= 1;
        return false;
      }
      v_3 = (this.limit - this.cursor);
      if ((this.cursor <= this.limit_backward)) {
        return false;
      }
      this.cursor -= 1;
      if (!(this.in_grouping_b(C.g_vowel))) {
        return false;
      }
      this.cursor = (this.limit - v_3);
      break;
    }
    return true;
  };
  P.r_mark_suffix_with_optional_U_vowel = function () {
    var v_1, v_3, v_2;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (!(this.in_grouping_b(C.g_U))) {
          break lab0;
        }
        v_2 = (this.limit - this.cursor);
        if (!(this.out_grouping_b(C.g_vowel))) {
          break lab0;
        }
        this.cursor = (this.limit - v_2);
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!(this.in_grouping_b(C.g_U))) {
          break lab0;
        }
        return false;
      }
      v_3 = (this.limit - this.cursor);
      if ((this.cursor <= this.limit_backward)) {
        return false;
      }
      this.cursor -= 1;
      if (!(this.out_grouping_b(C.g_vowel))) {
        return false;
      }
      this.cursor = (this.limit - v_3);
      break;
    }
    return true;
  };
  P.r_mark_possessives = function () {
    if ((this.find_among_b(C.a_0) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_U_vowel();
  };
  P.r_mark_sU = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if (!(this.in_grouping_b(C.g_U))) {
      return false;
    }
    return this.r_mark_suffix_with_optional_s_consonant();
  };
  P.r_mark_lArI = function () {
    return (this.find_among_b(C.a_1) !== 0);
  };
  P.r_mark_yU = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if (!(this.in_grouping_b(C.g_U))) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_nU = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_2) !== 0);
  };
  P.r_mark_nUn = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_3) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_n_consonant();
  };
  P.r_mark_yA = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_4) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_nA = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_5) !== 0);
  };
  P.r_mark_DA = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_6) !== 0);
  };
  P.r_mark_ndA = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_7) !== 0);
  };
  P.r_mark_DAn = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_8) !== 0);
  };
  P.r_mark_ndAn = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_9) !== 0);
  };
  P.r_mark_ylA = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_10) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_ncA = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_11) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_n_consonant();
  };
  P.r_mark_yUm = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_12) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_sUn = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_13) !== 0);
  };
  P.r_mark_yUz = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_14) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_sUnUz = function () {
    return (this.find_among_b(C.a_15) !== 0);
  };
  P.r_mark_lAr = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_16) !== 0);
  };
  P.r_mark_nUz = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_17) !== 0);
  };
  P.r_mark_DUr = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    return (this.find_among_b(C.a_18) !== 0);
  };
  P.r_mark_cAsInA = function () {
    return (this.find_among_b(C.a_19) !== 0);
  };
  P.r_mark_yDU = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_20) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_ysA = function () {
    if ((this.find_among_b(C.a_21) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_ymUs_ = function () {
    if (!(this.r_check_vowel_harmony())) {
      return false;
    }
    if ((this.find_among_b(C.a_22) === 0)) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_mark_yken = function () {
    if (!(this.eq_s_b("ken"))) {
      return false;
    }
    return this.r_mark_suffix_with_optional_y_consonant();
  };
  P.r_stem_nominal_verb_suffixes = function () {
    var v_1, v_9, v_4, v_8, v_2, v_3, v_6, v_7, v_10, v_5;
    this.ket = this.cursor;
    this.B_continue_stemming_noun_suffixes = true;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        while (true) {
          v_2 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_ymUs_())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_2);
          lab1: {
            if (!(this.r_mark_yDU())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_2);
          lab1: {
            if (!(this.r_mark_ysA())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_2);
          if (!(this.r_mark_yken())) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!(this.r_mark_cAsInA())) {
          break lab0;
        }
        while (true) {
          v_3 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_sUnUz())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_3);
          lab1: {
            if (!(this.r_mark_lAr())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_3);
          lab1: {
            if (!(this.r_mark_yUm())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_3);
          lab1: {
            if (!(this.r_mark_sUn())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_3);
          lab1: {
            if (!(this.r_mark_yUz())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_3);
          break;
        }
        if (!(this.r_mark_ymUs_())) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!(this.r_mark_lAr())) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_4 = (this.limit - this.cursor);
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_5 = (this.limit - this.cursor);
            lab2: {
              if (!(this.r_mark_DUr())) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_5);
            lab2: {
              if (!(this.r_mark_yDU())) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_5);
            lab2: {
              if (!(this.r_mark_ysA())) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_5);
            if (!(this.r_mark_ymUs_())) {
              this.cursor = (this.limit - v_4);
              break lab1;
            }
            break;
          }
        }
        this.B_continue_stemming_noun_suffixes = false;
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!(this.r_mark_nUz())) {
          break lab0;
        }
        while (true) {
          v_6 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_yDU())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_6);
          if (!(this.r_mark_ysA())) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        while (true) {
          v_7 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_sUnUz())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_7);
          lab1: {
            if (!(this.r_mark_yUz())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_7);
          lab1: {
            if (!(this.r_mark_sUn())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_7);
          if (!(this.r_mark_yUm())) {
            break lab0;
          }
          break;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_8 = (this.limit - this.cursor);
        lab1: {
          this.ket = this.cursor;
          if (!(this.r_mark_ymUs_())) {
            this.cursor = (this.limit - v_8);
            break lab1;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      if (!(this.r_mark_DUr())) {
        return false;
      }
      this.bra = this.cursor;
      this.slice_del();
      v_9 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_10 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_sUnUz())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_10);
          lab1: {
            if (!(this.r_mark_lAr())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_10);
          lab1: {
            if (!(this.r_mark_yUm())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_10);
          lab1: {
            if (!(this.r_mark_sUn())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_10);
          lab1: {
            if (!(this.r_mark_yUz())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_10);
          break;
        }
        if (!(this.r_mark_ymUs_())) {
          this.cursor = (this.limit - v_9);
          break lab0;
        }
      }
      break;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_stem_suffix_chain_before_ki = function () {
    var v_1, v_2, v_6, v_10, v_11, v_3, v_5, v_7, v_4, v_9, v_8;
    this.ket = this.cursor;
    if (!(this.eq_s_b("ki"))) {
      return false;
    }
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (!(this.r_mark_DA())) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_2 = (this.limit - this.cursor);
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_3 = (this.limit - this.cursor);
            lab2: {
              if (!(this.r_mark_lAr())) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_4 = (this.limit - this.cursor);
              lab3: {
                if (!(this.r_stem_suffix_chain_before_ki())) {
                  this.cursor = (this.limit - v_4);
                  break lab3;
                }
              }
              break;
            }
            this.cursor = (this.limit - v_3);
            if (!(this.r_mark_possessives())) {
              this.cursor = (this.limit - v_2);
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            v_5 = (this.limit - this.cursor);
            lab2: {
              this.ket = this.cursor;
              if (!(this.r_mark_lAr())) {
                this.cursor = (this.limit - v_5);
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!(this.r_stem_suffix_chain_before_ki())) {
                this.cursor = (this.limit - v_5);
                break lab2;
              }
            }
            break;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!(this.r_mark_nUn())) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_6 = (this.limit - this.cursor);
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_7 = (this.limit - this.cursor);
            lab2: {
              if (!(this.r_mark_lArI())) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              break;
            }
            this.cursor = (this.limit - v_7);
            lab2: {
              this.ket = this.cursor;
              while (true) {
                v_8 = (this.limit - this.cursor);
                lab3: {
                  if (!(this.r_mark_possessives())) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = (this.limit - v_8);
                if (!(this.r_mark_sU())) {
                  break lab2;
                }
                break;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_9 = (this.limit - this.cursor);
              lab3: {
                this.ket = this.cursor;
                if (!(this.r_mark_lAr())) {
                  this.cursor = (this.limit - v_9);
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!(this.r_stem_suffix_chain_before_ki())) {
                  this.cursor = (this.limit - v_9);
                  break lab3;
                }
              }
              break;
            }
            this.cursor = (this.limit - v_7);
            if (!(this.r_stem_suffix_chain_before_ki())) {
              this.cursor = (this.limit - v_6);
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      if (!(this.r_mark_ndA())) {
        return false;
      }
      while (true) {
        v_10 = (this.limit - this.cursor);
        lab0: {
          if (!(this.r_mark_lArI())) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_del();
          break;
        }
        this.cursor = (this.limit - v_10);
        lab0: {
          if (!(this.r_mark_sU())) {
            break lab0;
          }
          this.bra = this.cursor;
          this.slice_del();
          v_11 = (this.limit - this.cursor);
          lab1: {
            this.ket = this.cursor;
            if (!(this.r_mark_lAr())) {
              this.cursor = (this.limit - v_11);
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            if (!(this.r_stem_suffix_chain_before_ki())) {
              this.cursor = (this.limit - v_11);
              break lab1;
            }
          }
          break;
        }
        this.cursor = (this.limit - v_10);
        if (!(this.r_stem_suffix_chain_before_ki())) {
          return false;
        }
        break;
      }
      break;
    }
    return true;
  };
  P.r_stem_noun_suffixes = function () {
    var v_1, v_27, v_2, v_3, v_13, v_18, v_23, v_26, v_7, v_8, v_10, v_11, v_17, v_22, v_4, v_9, v_12, v_14, v_19, v_24, v_6, v_15, v_16, v_21, v_25, v_5, v_20;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (!(this.r_mark_lAr())) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_2 = (this.limit - this.cursor);
        lab1: {
          if (!(this.r_stem_suffix_chain_before_ki())) {
            this.cursor = (this.limit - v_2);
            break lab1;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        this.ket = this.cursor;
        if (!(this.r_mark_ncA())) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_3 = (this.limit - this.cursor);
        lab1: {
          while (true) {
            v_4 = (this.limit - this.cursor);
            lab2: {
              this.ket = this.cursor;
              if (!(this.r_mark_lArI())) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              break;
            }
            this.cursor = (this.limit - v_4);
            lab2: {
              this.ket = this.cursor;
              while (true) {
                v_5 = (this.limit - this.cursor);
                lab3: {
                  if (!(this.r_mark_possessives())) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = (this.limit - v_5);
                if (!(this.r_mark_sU())) {
                  break lab2;
                }
                break;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_6 = (this.limit - this.cursor);
              lab3: {
                this.ket = this.cursor;
                if (!(this.r_mark_lAr())) {
                  this.cursor = (this.limit - v_6);
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!(this.r_stem_suffix_chain_before_ki())) {
                  this.cursor = (this.limit - v_6);
                  break lab3;
                }
              }
              break;
            }
            this.cursor = (this.limit - v_4);
            this.ket = this.cursor;
            if (!(this.r_mark_lAr())) {
              this.cursor = (this.limit - v_3);
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            if (!(this.r_stem_suffix_chain_before_ki())) {
              this.cursor = (this.limit - v_3);
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_7 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_ndA())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_7);
          if (!(this.r_mark_nA())) {
            break lab0;
          }
          break;
        }
        while (true) {
          v_8 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_lArI())) {
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            break;
          }
          this.cursor = (this.limit - v_8);
          lab1: {
            if (!(this.r_mark_sU())) {
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            v_9 = (this.limit - this.cursor);
            lab2: {
              this.ket = this.cursor;
              if (!(this.r_mark_lAr())) {
                this.cursor = (this.limit - v_9);
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!(this.r_stem_suffix_chain_before_ki())) {
                this.cursor = (this.limit - v_9);
                break lab2;
              }
            }
            break;
          }
          this.cursor = (this.limit - v_8);
          if (!(this.r_stem_suffix_chain_before_ki())) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_10 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_ndAn())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_10);
          if (!(this.r_mark_nU())) {
            break lab0;
          }
          break;
        }
        while (true) {
          v_11 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_sU())) {
              break lab1;
            }
            this.bra = this.cursor;
            this.slice_del();
            v_12 = (this.limit - this.cursor);
            lab2: {
              this.ket = this.cursor;
              if (!(this.r_mark_lAr())) {
                this.cursor = (this.limit - v_12);
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!(this.r_stem_suffix_chain_before_ki())) {
                this.cursor = (this.limit - v_12);
                break lab2;
              }
            }
            break;
          }
          this.cursor = (this.limit - v_11);
          if (!(this.r_mark_lArI())) {
            break lab0;
          }
          break;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        this.ket = this.cursor;
        if (!(this.r_mark_DAn())) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_13 = (this.limit - this.cursor);
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_14 = (this.limit - this.cursor);
            lab2: {
              if (!(this.r_mark_possessives())) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_15 = (this.limit - this.cursor);
              lab3: {
                this.ket = this.cursor;
                if (!(this.r_mark_lAr())) {
                  this.cursor = (this.limit - v_15);
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!(this.r_stem_suffix_chain_before_ki())) {
                  this.cursor = (this.limit - v_15);
                  break lab3;
                }
              }
              break;
            }
            this.cursor = (this.limit - v_14);
            lab2: {
              if (!(this.r_mark_lAr())) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_16 = (this.limit - this.cursor);
              lab3: {
                if (!(this.r_stem_suffix_chain_before_ki())) {
                  this.cursor = (this.limit - v_16);
                  break lab3;
                }
              }
              break;
            }
            this.cursor = (this.limit - v_14);
            if (!(this.r_stem_suffix_chain_before_ki())) {
              this.cursor = (this.limit - v_13);
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_17 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_nUn())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_17);
          if (!(this.r_mark_ylA())) {
            break lab0;
          }
          break;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_18 = (this.limit - this.cursor);
        lab1: {
          while (true) {
            v_19 = (this.limit - this.cursor);
            lab2: {
              this.ket = this.cursor;
              if (!(this.r_mark_lAr())) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              if (!(this.r_stem_suffix_chain_before_ki())) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_19);
            lab2: {
              this.ket = this.cursor;
              while (true) {
                v_20 = (this.limit - this.cursor);
                lab3: {
                  if (!(this.r_mark_possessives())) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = (this.limit - v_20);
                if (!(this.r_mark_sU())) {
                  break lab2;
                }
                break;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_21 = (this.limit - this.cursor);
              lab3: {
                this.ket = this.cursor;
                if (!(this.r_mark_lAr())) {
                  this.cursor = (this.limit - v_21);
                  break lab3;
                }
                this.bra = this.cursor;
                this.slice_del();
                if (!(this.r_stem_suffix_chain_before_ki())) {
                  this.cursor = (this.limit - v_21);
                  break lab3;
                }
              }
              break;
            }
            this.cursor = (this.limit - v_19);
            if (!(this.r_stem_suffix_chain_before_ki())) {
              this.cursor = (this.limit - v_18);
              break lab1;
            }
            break;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        this.ket = this.cursor;
        if (!(this.r_mark_lArI())) {
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!(this.r_stem_suffix_chain_before_ki())) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        this.ket = this.cursor;
        while (true) {
          v_22 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_mark_DA())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_22);
          lab1: {
            if (!(this.r_mark_yU())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_22);
          if (!(this.r_mark_yA())) {
            break lab0;
          }
          break;
        }
        this.bra = this.cursor;
        this.slice_del();
        v_23 = (this.limit - this.cursor);
        lab1: {
          this.ket = this.cursor;
          while (true) {
            v_24 = (this.limit - this.cursor);
            lab2: {
              if (!(this.r_mark_possessives())) {
                break lab2;
              }
              this.bra = this.cursor;
              this.slice_del();
              v_25 = (this.limit - this.cursor);
              lab3: {
                this.ket = this.cursor;
                if (!(this.r_mark_lAr())) {
                  this.cursor = (this.limit - v_25);
                  break lab3;
                }
              }
              break;
            }
            this.cursor = (this.limit - v_24);
            if (!(this.r_mark_lAr())) {
              this.cursor = (this.limit - v_23);
              break lab1;
            }
            break;
          }
          this.bra = this.cursor;
          this.slice_del();
          this.ket = this.cursor;
          if (!(this.r_stem_suffix_chain_before_ki())) {
            this.cursor = (this.limit - v_23);
            break lab1;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      while (true) {
        v_26 = (this.limit - this.cursor);
        lab0: {
          if (!(this.r_mark_possessives())) {
            break lab0;
          }
          break;
        }
        this.cursor = (this.limit - v_26);
        if (!(this.r_mark_sU())) {
          return false;
        }
        break;
      }
      this.bra = this.cursor;
      this.slice_del();
      v_27 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (!(this.r_mark_lAr())) {
          this.cursor = (this.limit - v_27);
          break lab0;
        }
        this.bra = this.cursor;
        this.slice_del();
        if (!(this.r_stem_suffix_chain_before_ki())) {
          this.cursor = (this.limit - v_27);
          break lab0;
        }
      }
      break;
    }
    return true;
  };
  P.r_post_process_last_consonants = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_23);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(C.as_23[(among_var - 1)]);
    return true;
  };
  P.r_append_U_to_stems_ending_with_d_or_g = function () {
    var v_1;
    this.ket = this.cursor;
    this.bra = this.cursor;
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "d"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "g"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    if (!(this.go_out_grouping_b(C.g_vowel))) {
      return false;
    }
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        while (true) {
          lab1: {
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "a"))) {
              break lab1;
            }
            this.cursor -= 1;
            break;
          }
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0131"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_from("\u0131");
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        while (true) {
          lab1: {
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
              break lab1;
            }
            this.cursor -= 1;
            break;
          }
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "i"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_from("i");
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
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
        this.slice_from("u");
        break;
      }
      this.cursor = (this.limit - v_1);
      while (true) {
        lab0: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00f6"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00fc"))) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_from("\u00fc");
      break;
    }
    return true;
  };
  P.r_is_reserved_word = function () {
    var v_1;
    if (!(this.eq_s_b("ad"))) {
      return false;
    }
    v_1 = (this.limit - this.cursor);
    lab0: {
      if (!(this.eq_s_b("soy"))) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
    }
    return (this.cursor <= this.limit_backward);
  };
  P.r_remove_proper_noun_suffix = function () {
    var v_1, v_3, v_2, v_4;
    v_1 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      while (true) {
        v_2 = this.cursor;
        lab1: {
          lab2: {
            if (((this.cursor === this.limit) || (this.current[this.cursor] !== "'"))) {
              break lab2;
            }
            this.cursor += 1;
            break lab1;
          }
          this.cursor = v_2;
          break;
        }
        this.cursor = v_2;
        if ((this.cursor >= this.limit)) {
          break lab0;
        }
        this.cursor += 1;
      }
      this.ket = this.cursor;
      this.slice_del();
    }
    this.cursor = v_1;
    v_3 = this.cursor;
    lab0: {
      if (((this.cursor + 2) > this.limit)) {
        break lab0;
      }
      this.cursor += 2;
      while (true) {
        v_4 = this.cursor;
        lab1: {
          if (((this.cursor === this.limit) || (this.current[this.cursor] !== "'"))) {
            break lab1;
          }
          this.cursor += 1;
          this.cursor = v_4;
          break;
        }
        this.cursor = v_4;
        if ((this.cursor >= this.limit)) {
          break lab0;
        }
        this.cursor += 1;
      }
      this.bra = this.cursor;
      this.cursor = this.limit;
      this.ket = this.cursor;
      this.slice_del();
    }
    this.cursor = v_3;
    return true;
  };
  P.r_more_than_one_syllable_word = function () {
    var v_1, _;
    v_1 = this.cursor;
    for (_ = 0; _ < 2; _ += 1) {
      if (!(this.go_out_grouping(C.g_vowel))) {
        return false;
      }
      this.cursor += 1;
    }
    this.cursor = v_1;
    return true;
  };
  P.r_postlude = function () {
    var v_1, v_2, v_3;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    lab0: {
      if (!(this.r_is_reserved_word())) {
        break lab0;
      }
      return false;
    }
    this.cursor = (this.limit - v_1);
    v_2 = (this.limit - this.cursor);
    this.r_append_U_to_stems_ending_with_d_or_g();
    this.cursor = (this.limit - v_2);
    v_3 = (this.limit - this.cursor);
    this.r_post_process_last_consonants();
    this.cursor = (this.limit - v_3);
    this.cursor = this.limit_backward;
    return true;
  };
  P._stem = function () {
    var v_1, v_2;
    this.r_remove_proper_noun_suffix();
    if (!(this.r_more_than_one_syllable_word())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    this.r_stem_nominal_verb_suffixes();
    this.cursor = (this.limit - v_1);
    if (!(this.B_continue_stemming_noun_suffixes)) {
      return false;
    }
    v_2 = (this.limit - this.cursor);
    this.r_stem_noun_suffixes();
    this.cursor = (this.limit - v_2);
    this.cursor = this.limit_backward;
    return this.r_postlude();
  };
  C.g_vowel = P.g_vowel = new Set(["a", "e", "i", "o", "u", "\u00f6", "\u00fc", "\u0131"]);
  C.g_U = P.g_U = new Set(["i", "u", "\u00fc", "\u0131"]);
  C.g_vowel1 = P.g_vowel1 = new Set(["a", "o", "u", "\u0131"]);
  C.g_vowel2 = P.g_vowel2 = new Set(["e", "i", "\u00f6", "\u00fc"]);
  C.g_vowel3 = P.g_vowel3 = "a\u0131";
  C.g_vowel4 = P.g_vowel4 = "ei";
  C.g_vowel5 = P.g_vowel5 = "ou";
  C.g_vowel6 = P.g_vowel6 = "\u00f6\u00fc";
  C.B_continue_stemming_noun_suffixes = P.B_continue_stemming_noun_suffixes = false;
  C.a_0 = P.a_0 = [new Among("m", -(1), -(1)), new Among("n", -(1), -(1)), new Among("miz", -(1), -(1)), new Among("niz", -(1), -(1)), new Among("muz", -(1), -(1)), new Among("nuz", -(1), -(1)), new Among("m\u00fcz", -(1), -(1)), new Among("n\u00fcz", -(1), -(1)), new Among("m\u0131z", -(1), -(1)), new Among("n\u0131z", -(1), -(1))];
  C.a_1 = P.a_1 = [new Among("leri", -(1), -(1)), new Among("lar\u0131", -(1), -(1))];
  C.a_2 = P.a_2 = [new Among("ni", -(1), -(1)), new Among("nu", -(1), -(1)), new Among("n\u00fc", -(1), -(1)), new Among("n\u0131", -(1), -(1))];
  C.a_3 = P.a_3 = [new Among("in", -(1), -(1)), new Among("un", -(1), -(1)), new Among("\u00fcn", -(1), -(1)), new Among("\u0131n", -(1), -(1))];
  C.a_4 = P.a_4 = [new Among("a", -(1), -(1)), new Among("e", -(1), -(1))];
  C.a_5 = P.a_5 = [new Among("na", -(1), -(1)), new Among("ne", -(1), -(1))];
  C.a_6 = P.a_6 = [new Among("da", -(1), -(1)), new Among("ta", -(1), -(1)), new Among("de", -(1), -(1)), new Among("te", -(1), -(1))];
  C.a_7 = P.a_7 = [new Among("nda", -(1), -(1)), new Among("nde", -(1), -(1))];
  C.a_8 = P.a_8 = [new Among("dan", -(1), -(1)), new Among("tan", -(1), -(1)), new Among("den", -(1), -(1)), new Among("ten", -(1), -(1))];
  C.a_9 = P.a_9 = [new Among("ndan", -(1), -(1)), new Among("nden", -(1), -(1))];
  C.a_10 = P.a_10 = [new Among("la", -(1), -(1)), new Among("le", -(1), -(1))];
  C.a_11 = P.a_11 = [new Among("ca", -(1), -(1)), new Among("ce", -(1), -(1))];
  C.a_12 = P.a_12 = [new Among("im", -(1), -(1)), new Among("um", -(1), -(1)), new Among("\u00fcm", -(1), -(1)), new Among("\u0131m", -(1), -(1))];
  C.a_13 = P.a_13 = [new Among("sin", -(1), -(1)), new Among("sun", -(1), -(1)), new Among("s\u00fcn", -(1), -(1)), new Among("s\u0131n", -(1), -(1))];
  C.a_14 = P.a_14 = [new Among("iz", -(1), -(1)), new Among("uz", -(1), -(1)), new Among("\u00fcz", -(1), -(1)), new Among("\u0131z", -(1), -(1))];
  C.a_15 = P.a_15 = [new Among("siniz", -(1), -(1)), new Among("sunuz", -(1), -(1)), new Among("s\u00fcn\u00fcz", -(1), -(1)), new Among("s\u0131n\u0131z", -(1), -(1))];
  C.a_16 = P.a_16 = [new Among("lar", -(1), -(1)), new Among("ler", -(1), -(1))];
  C.a_17 = P.a_17 = [new Among("niz", -(1), -(1)), new Among("nuz", -(1), -(1)), new Among("n\u00fcz", -(1), -(1)), new Among("n\u0131z", -(1), -(1))];
  C.a_18 = P.a_18 = [new Among("dir", -(1), -(1)), new Among("tir", -(1), -(1)), new Among("dur", -(1), -(1)), new Among("tur", -(1), -(1)), new Among("d\u00fcr", -(1), -(1)), new Among("t\u00fcr", -(1), -(1)), new Among("d\u0131r", -(1), -(1)), new Among("t\u0131r", -(1), -(1))];
  C.a_19 = P.a_19 = [new Among("cas\u0131na", -(1), -(1)), new Among("cesine", -(1), -(1))];
  C.a_20 = P.a_20 = [new Among("di", -(1), -(1)), new Among("ti", -(1), -(1)), new Among("dik", -(1), -(1)), new Among("tik", -(1), -(1)), new Among("duk", -(1), -(1)), new Among("tuk", -(1), -(1)), new Among("d\u00fck", -(1), -(1)), new Among("t\u00fck", -(1), -(1)), new Among("d\u0131k", -(1), -(1)), new Among("t\u0131k", -(1), -(1)), new Among("dim", -(1), -(1)), new Among("tim", -(1), -(1)), new Among("dum", -(1), -(1)), new Among("tum", -(1), -(1)), new Among("d\u00fcm", -(1), -(1)), new Among("t\u00fcm", -(1), -(1)), new Among("d\u0131m", -(1), -(1)), new Among("t\u0131m", -(1), -(1)), new Among("din", -(1), -(1)), new Among("tin", -(1), -(1)), new Among("dun", -(1), -(1)), new Among("tun", -(1), -(1)), new Among("d\u00fcn", -(1), -(1)), new Among("t\u00fcn", -(1), -(1)), new Among("d\u0131n", -(1), -(1)), new Among("t\u0131n", -(1), -(1)), new Among("du", -(1), -(1)), new Among("tu", -(1), -(1)), new Among("d\u00fc", -(1), -(1)), new Among("t\u00fc", -(1), -(1)), new Among("d\u0131", -(1), -(1)), new Among("t\u0131", -(1), -(1))];
  C.a_21 = P.a_21 = [new Among("sa", -(1), -(1)), new Among("se", -(1), -(1)), new Among("sak", -(1), -(1)), new Among("sek", -(1), -(1)), new Among("sam", -(1), -(1)), new Among("sem", -(1), -(1)), new Among("san", -(1), -(1)), new Among("sen", -(1), -(1))];
  C.a_22 = P.a_22 = [new Among("mi\u015f", -(1), -(1)), new Among("mu\u015f", -(1), -(1)), new Among("m\u00fc\u015f", -(1), -(1)), new Among("m\u0131\u015f", -(1), -(1))];
  C.a_23 = P.a_23 = [new Among("b", -(1), 1), new Among("c", -(1), 2), new Among("d", -(1), 3), new Among("\u011f", -(1), 4)];
  C.as_23 = P.as_23 = ["p", "\u00e7", "t", "k"];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
