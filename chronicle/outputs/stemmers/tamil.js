/* The Snowball tamil stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.tamil = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_has_min_length = function () {
    return (this.current.length > 4);
  };
  P.r_fix_va_start = function () {
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
  P.r_fix_endings = function () {
    var v_1, v_2;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (!(this.r_fix_ending())) {
            break lab1;
          }
          continue;
        }
        this.cursor = v_2;
        break;
      }
    }
    this.cursor = v_1;
    return true;
  };
  P.r_remove_question_prefixes = function () {
    var v_1;
    this.bra = this.cursor;
    if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0b8e"))) {
      return false;
    }
    this.cursor += 1;
    if ((this.find_among(C.a_1) === 0)) {
      return false;
    }
    if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0bcd"))) {
      return false;
    }
    this.cursor += 1;
    this.ket = this.cursor;
    this.slice_del();
    v_1 = this.cursor;
    this.r_fix_va_start();
    this.cursor = v_1;
    return true;
  };
  P.r_fix_ending = function () {
    var v_1, among_var, v_4, v_6, v_5, v_2, v_3;
    if ((this.current.length <= 3)) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(C.a_5);
        if ((among_var === 0)) {
          break lab0;
        }
        this.bra = this.cursor;
        if ((among_var === 1)) {
          this.slice_del();
        } else {
          if ((among_var === 2)) {
            v_2 = (this.limit - this.cursor);
            if ((this.find_among_b(C.a_2) === 0)) {
              break lab0;
            }
            this.cursor = (this.limit - v_2);
            this.slice_del();
          } else {
            if ((among_var === 3)) {
              this.slice_from("\u0bb3\u0bcd");
            } else {
              if ((among_var === 4)) {
                this.slice_from("\u0bb2\u0bcd");
              } else {
                if ((among_var === 5)) {
                  this.slice_from("\u0b9f\u0bc1");
                } else {
                  if ((among_var === 6)) {
                    if (!(this.B_found_vetrumai_urupu)) {
                      break lab0;
                    }
                    lab1: {
                      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bc8"))) {
                        break lab1;
                      }
                      this.cursor -= 1;
                      break lab0;
                    }
                    this.slice_from("\u0bae\u0bcd");
                  } else {
                    if ((among_var === 7)) {
                      this.slice_from("\u0bcd");
                    } else {
                      if ((among_var === 8)) {
                        v_3 = (this.limit - this.cursor);
                        lab1: {
                          if ((this.find_among_b(C.a_3) === 0)) {
                            break lab1;
                          }
                          break lab0;
                        }
                        this.cursor = (this.limit - v_3);
                        this.slice_del();
                      } else {
                        among_var = this.find_among_b(C.a_4);
                        this.slice_from(C.as_4[(among_var - 1)]);
                      }
                    }
                  }
                }
              }
            }
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bcd"))) {
        return false;
      }
      this.cursor -= 1;
      while (true) {
        v_4 = (this.limit - this.cursor);
        lab0: {
          if ((this.find_among_b(C.a_6) === 0)) {
            break lab0;
          }
          v_5 = (this.limit - this.cursor);
          lab1: {
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bcd"))) {
              this.cursor = (this.limit - v_5);
              break lab1;
            }
            this.cursor -= 1;
            if ((this.find_among_b(C.a_7) === 0)) {
              this.cursor = (this.limit - v_5);
              break lab1;
            }
          }
          this.bra = this.cursor;
          this.slice_del();
          break;
        }
        this.cursor = (this.limit - v_4);
        lab0: {
          if ((this.find_among_b(C.a_8) === 0)) {
            break lab0;
          }
          this.bra = this.cursor;
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bcd"))) {
            break lab0;
          }
          this.cursor -= 1;
          this.slice_del();
          break;
        }
        this.cursor = (this.limit - v_4);
        v_6 = (this.limit - this.cursor);
        if ((this.find_among_b(C.a_9) === 0)) {
          return false;
        }
        this.cursor = (this.limit - v_6);
        this.bra = this.cursor;
        this.slice_del();
        break;
      }
      break;
    }
    this.cursor = this.limit_backward;
    return true;
  };
  P.r_remove_pronoun_prefixes = function () {
    var v_1;
    this.bra = this.cursor;
    if ((this.find_among(C.a_10) === 0)) {
      return false;
    }
    if ((this.find_among(C.a_11) === 0)) {
      return false;
    }
    if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0bcd"))) {
      return false;
    }
    this.cursor += 1;
    this.ket = this.cursor;
    this.slice_del();
    v_1 = this.cursor;
    this.r_fix_va_start();
    this.cursor = v_1;
    return true;
  };
  P.r_remove_plural_suffix = function () {
    var among_var, v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_13);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      while (true) {
        v_1 = (this.limit - this.cursor);
        lab0: {
          if ((this.find_among_b(C.a_12) === 0)) {
            break lab0;
          }
          this.slice_from("\u0bc1\u0b99\u0bcd");
          break;
        }
        this.cursor = (this.limit - v_1);
        this.slice_from("\u0bcd");
        break;
      }
    } else {
      if ((among_var === 2)) {
        this.slice_from("\u0bb2\u0bcd");
      } else {
        if ((among_var === 3)) {
          this.slice_from("\u0bb3\u0bcd");
        } else {
          this.slice_del();
        }
      }
    }
    this.cursor = this.limit_backward;
    return true;
  };
  P.r_remove_question_suffixes = function () {
    var v_1;
    if (!(this.r_has_min_length())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_14) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u0bcd");
    }
    this.cursor = (this.limit - v_1);
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return true;
  };
  P.r_remove_command_suffixes = function () {
    if (!(this.r_has_min_length())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_15) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };
  P.r_remove_um = function () {
    var v_1;
    if (!(this.r_has_min_length())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    if (!(this.eq_s_b("\u0bc1\u0bae\u0bcd"))) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from("\u0bcd");
    this.cursor = this.limit_backward;
    v_1 = this.cursor;
    this.r_fix_ending();
    this.cursor = v_1;
    return true;
  };
  P.r_remove_common_word_endings = function () {
    var among_var, v_1;
    if (!(this.r_has_min_length())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_17);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      this.slice_from("\u0bcd");
    } else {
      if ((among_var === 2)) {
        v_1 = (this.limit - this.cursor);
        lab0: {
          if ((this.find_among_b(C.a_16) === 0)) {
            break lab0;
          }
          return false;
        }
        this.cursor = (this.limit - v_1);
        this.slice_from("\u0bcd");
      } else {
        this.slice_del();
      }
    }
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return true;
  };
  P.r_remove_vetrumai_urupukal = function () {
    var v_9, v_1, v_5, v_2, among_var, v_6, v_8, v_7, v_3, v_4;
    this.B_found_vetrumai_urupu = false;
    if (!(this.r_has_min_length())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        v_2 = (this.limit - this.cursor);
        this.ket = this.cursor;
        among_var = this.find_among_b(C.a_20);
        if ((among_var === 0)) {
          break lab0;
        }
        this.bra = this.cursor;
        if ((among_var === 1)) {
          this.slice_del();
        } else {
          if ((among_var === 2)) {
            this.slice_from("\u0bcd");
          } else {
            if ((among_var === 3)) {
              lab1: {
                if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bae"))) {
                  break lab1;
                }
                this.cursor -= 1;
                break lab0;
              }
              this.slice_from("\u0bcd");
            } else {
              if ((among_var === 4)) {
                if ((this.current.length < 7)) {
                  break lab0;
                }
                this.slice_from("\u0bcd");
              } else {
                if ((among_var === 5)) {
                  v_3 = (this.limit - this.cursor);
                  lab1: {
                    if ((this.find_among_b(C.a_18) === 0)) {
                      break lab1;
                    }
                    break lab0;
                  }
                  this.cursor = (this.limit - v_3);
                  this.slice_from("\u0bcd");
                } else {
                  if ((among_var === 6)) {
                    v_4 = (this.limit - this.cursor);
                    lab1: {
                      if ((this.find_among_b(C.a_19) === 0)) {
                        break lab1;
                      }
                      break lab0;
                    }
                    this.cursor = (this.limit - v_4);
                    this.slice_del();
                  } else {
                    this.slice_from("\u0bbf");
                  }
                }
              }
            }
          }
        }
        this.cursor = (this.limit - v_2);
        break;
      }
      this.cursor = (this.limit - v_1);
      v_5 = (this.limit - this.cursor);
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bc8"))) {
        return false;
      }
      this.cursor -= 1;
      while (true) {
        v_6 = (this.limit - this.cursor);
        lab0: {
          v_7 = (this.limit - this.cursor);
          lab1: {
            if ((this.find_among_b(C.a_21) === 0)) {
              break lab1;
            }
            break lab0;
          }
          this.cursor = (this.limit - v_7);
          break;
        }
        this.cursor = (this.limit - v_6);
        v_8 = (this.limit - this.cursor);
        if ((this.find_among_b(C.a_22) === 0)) {
          return false;
        }
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bcd"))) {
          return false;
        }
        this.cursor -= 1;
        this.cursor = (this.limit - v_8);
        break;
      }
      this.bra = this.cursor;
      this.slice_from("\u0bcd");
      this.cursor = (this.limit - v_5);
      break;
    }
    this.B_found_vetrumai_urupu = true;
    v_9 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (!(this.eq_s_b("\u0bbf\u0ba9\u0bcd"))) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u0bcd");
    }
    this.cursor = (this.limit - v_9);
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return true;
  };
  P.r_remove_tense_suffixes = function () {
    var v_1;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if (!(this.r_remove_tense_suffix())) {
          break lab0;
        }
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P.r_remove_tense_suffix = function () {
    var B_found_a_match, v_1, v_6, v_2, among_var, v_3, v_4, v_5;
    B_found_a_match = false;
    if (!(this.r_has_min_length())) {
      return false;
    }
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    lab0: {
      v_2 = (this.limit - this.cursor);
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_25);
      if ((among_var === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if ((among_var === 1)) {
        this.slice_del();
      } else {
        if ((among_var === 2)) {
          v_3 = (this.limit - this.cursor);
          lab1: {
            if ((this.find_among_b(C.a_23) === 0)) {
              break lab1;
            }
            break lab0;
          }
          this.cursor = (this.limit - v_3);
          this.slice_del();
        } else {
          if ((among_var === 3)) {
            v_4 = (this.limit - this.cursor);
            lab1: {
              if ((this.find_among_b(C.a_24) === 0)) {
                break lab1;
              }
              break lab0;
            }
            this.cursor = (this.limit - v_4);
            this.slice_del();
          } else {
            if ((among_var === 4)) {
              lab1: {
                if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0b9a"))) {
                  break lab1;
                }
                this.cursor -= 1;
                break lab0;
              }
              this.slice_from("\u0bcd");
            } else {
              if ((among_var === 5)) {
                this.slice_from("\u0bcd");
              } else {
                v_5 = (this.limit - this.cursor);
                if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0bcd"))) {
                  break lab0;
                }
                this.cursor -= 1;
                this.cursor = (this.limit - v_5);
                this.slice_del();
              }
            }
          }
        }
      }
      B_found_a_match = true;
      this.cursor = (this.limit - v_2);
    }
    this.cursor = (this.limit - v_1);
    v_6 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_26) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      B_found_a_match = true;
    }
    this.cursor = (this.limit - v_6);
    this.cursor = this.limit_backward;
    this.r_fix_endings();
    return B_found_a_match;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9;
    this.B_found_vetrumai_urupu = false;
    v_1 = this.cursor;
    this.r_fix_ending();
    this.cursor = v_1;
    if (!(this.r_has_min_length())) {
      return false;
    }
    v_2 = this.cursor;
    this.r_remove_question_prefixes();
    this.cursor = v_2;
    v_3 = this.cursor;
    this.r_remove_pronoun_prefixes();
    this.cursor = v_3;
    this.r_remove_question_suffixes();
    v_4 = this.cursor;
    this.r_remove_um();
    this.cursor = v_4;
    v_5 = this.cursor;
    this.r_remove_common_word_endings();
    this.cursor = v_5;
    v_6 = this.cursor;
    this.r_remove_vetrumai_urupukal();
    this.cursor = v_6;
    v_7 = this.cursor;
    this.r_remove_plural_suffix();
    this.cursor = v_7;
    v_8 = this.cursor;
    this.r_remove_command_suffixes();
    this.cursor = v_8;
    v_9 = this.cursor;
    this.r_remove_tense_suffixes();
    this.cursor = v_9;
    return true;
  };
  C.B_found_vetrumai_urupu = P.B_found_vetrumai_urupu = false;
  C.a_0 = P.a_0 = [new Among("\u0bb5\u0bc1", -(1), 3), new Among("\u0bb5\u0bc2", -(1), 4), new Among("\u0bb5\u0bca", -(1), 2), new Among("\u0bb5\u0bcb", -(1), 1)];
  C.as_0 = P.as_0 = ["\u0b93", "\u0b92", "\u0b89", "\u0b8a"];
  C.a_1 = P.a_1 = [new Among("\u0b95", -(1), -(1)), new Among("\u0b99", -(1), -(1)), new Among("\u0b9a", -(1), -(1)), new Among("\u0b9e", -(1), -(1)), new Among("\u0ba4", -(1), -(1)), new Among("\u0ba8", -(1), -(1)), new Among("\u0baa", -(1), -(1)), new Among("\u0bae", -(1), -(1)), new Among("\u0baf", -(1), -(1)), new Among("\u0bb5", -(1), -(1))];
  C.a_2 = P.a_2 = [new Among("\u0bbf", -(1), -(1)), new Among("\u0bc0", -(1), -(1)), new Among("\u0bc8", -(1), -(1))];
  C.a_3 = P.a_3 = [new Among("\u0bbe", -(1), -(1)), new Among("\u0bbf", -(1), -(1)), new Among("\u0bc0", -(1), -(1)), new Among("\u0bc1", -(1), -(1)), new Among("\u0bc2", -(1), -(1)), new Among("\u0bc6", -(1), -(1)), new Among("\u0bc7", -(1), -(1)), new Among("\u0bc8", -(1), -(1))];
  C.a_4 = P.a_4 = [new Among("", -(1), 2), new Among("\u0bc8", 0, 1), new Among("\u0bcd", 0, 1)];
  C.as_4 = P.as_4 = ["", "\u0bae\u0bcd"];
  C.a_5 = P.a_5 = [new Among("\u0ba8\u0bcd\u0ba4", -(1), 1), new Among("\u0baf", -(1), 1), new Among("\u0bb5", -(1), 1), new Among("\u0ba9\u0bc1", -(1), 8), new Among("\u0bc1\u0b95\u0bcd", -(1), 7), new Among("\u0bc1\u0b95\u0bcd\u0b95\u0bcd", -(1), 7), new Among("\u0b9f\u0bcd\u0b95\u0bcd", -(1), 3), new Among("\u0bb1\u0bcd\u0b95\u0bcd", -(1), 4), new Among("\u0b99\u0bcd", -(1), 9), new Among("\u0b9f\u0bcd\u0b9f\u0bcd", -(1), 5), new Among("\u0ba4\u0bcd\u0ba4\u0bcd", -(1), 6), new Among("\u0ba8\u0bcd\u0ba4\u0bcd", -(1), 1), new Among("\u0ba8\u0bcd", -(1), 1), new Among("\u0b9f\u0bcd\u0baa\u0bcd", -(1), 3), new Among("\u0baf\u0bcd", -(1), 2), new Among("\u0ba9\u0bcd\u0bb1\u0bcd", -(1), 4), new Among("\u0bb5\u0bcd", -(1), 1)];
  C.a_6 = P.a_6 = [new Among("\u0b95", -(1), -(1)), new Among("\u0b9a", -(1), -(1)), new Among("\u0b9f", -(1), -(1)), new Among("\u0ba4", -(1), -(1)), new Among("\u0baa", -(1), -(1)), new Among("\u0bb1", -(1), -(1))];
  C.a_7 = P.a_7 = [new Among("\u0b95", -(1), -(1)), new Among("\u0b9a", -(1), -(1)), new Among("\u0b9f", -(1), -(1)), new Among("\u0ba4", -(1), -(1)), new Among("\u0baa", -(1), -(1)), new Among("\u0bb1", -(1), -(1))];
  C.a_8 = P.a_8 = [new Among("\u0b9e", -(1), -(1)), new Among("\u0ba3", -(1), -(1)), new Among("\u0ba8", -(1), -(1)), new Among("\u0ba9", -(1), -(1)), new Among("\u0bae", -(1), -(1)), new Among("\u0baf", -(1), -(1)), new Among("\u0bb0", -(1), -(1)), new Among("\u0bb2", -(1), -(1)), new Among("\u0bb3", -(1), -(1)), new Among("\u0bb4", -(1), -(1)), new Among("\u0bb5", -(1), -(1))];
  C.a_9 = P.a_9 = [new Among("\u0bbe", -(1), -(1)), new Among("\u0bbf", -(1), -(1)), new Among("\u0bc0", -(1), -(1)), new Among("\u0bc1", -(1), -(1)), new Among("\u0bc2", -(1), -(1)), new Among("\u0bc6", -(1), -(1)), new Among("\u0bc7", -(1), -(1)), new Among("\u0bc8", -(1), -(1)), new Among("\u0bcd", -(1), -(1))];
  C.a_10 = P.a_10 = [new Among("\u0b85", -(1), -(1)), new Among("\u0b87", -(1), -(1)), new Among("\u0b89", -(1), -(1))];
  C.a_11 = P.a_11 = [new Among("\u0b95", -(1), -(1)), new Among("\u0b99", -(1), -(1)), new Among("\u0b9a", -(1), -(1)), new Among("\u0b9e", -(1), -(1)), new Among("\u0ba4", -(1), -(1)), new Among("\u0ba8", -(1), -(1)), new Among("\u0baa", -(1), -(1)), new Among("\u0bae", -(1), -(1)), new Among("\u0baf", -(1), -(1)), new Among("\u0bb5", -(1), -(1))];
  C.a_12 = P.a_12 = [new Among("\u0b95", -(1), -(1)), new Among("\u0b9a", -(1), -(1)), new Among("\u0b9f", -(1), -(1)), new Among("\u0ba4", -(1), -(1)), new Among("\u0baa", -(1), -(1)), new Among("\u0bb1", -(1), -(1))];
  C.a_13 = P.a_13 = [new Among("\u0b95\u0bb3\u0bcd", -(1), 4), new Among("\u0bc1\u0b99\u0bcd\u0b95\u0bb3\u0bcd", 0, 1), new Among("\u0b9f\u0bcd\u0b95\u0bb3\u0bcd", 0, 3), new Among("\u0bb1\u0bcd\u0b95\u0bb3\u0bcd", 0, 2)];
  C.a_14 = P.a_14 = [new Among("\u0bbe", -(1), -(1)), new Among("\u0bc7", -(1), -(1)), new Among("\u0bcb", -(1), -(1))];
  C.a_15 = P.a_15 = [new Among("\u0baa\u0bbf", -(1), -(1)), new Among("\u0bb5\u0bbf", -(1), -(1))];
  C.a_16 = P.a_16 = [new Among("\u0bbe", -(1), -(1)), new Among("\u0bbf", -(1), -(1)), new Among("\u0bc0", -(1), -(1)), new Among("\u0bc1", -(1), -(1)), new Among("\u0bc2", -(1), -(1)), new Among("\u0bc6", -(1), -(1)), new Among("\u0bc7", -(1), -(1)), new Among("\u0bc8", -(1), -(1))];
  C.a_17 = P.a_17 = [new Among("\u0baa\u0b9f\u0bcd\u0b9f", -(1), 3), new Among("\u0baa\u0b9f\u0bcd\u0b9f\u0ba3", -(1), 3), new Among("\u0ba4\u0bbe\u0ba9", -(1), 3), new Among("\u0baa\u0b9f\u0bbf\u0ba4\u0bbe\u0ba9", 2, 3), new Among("\u0bc6\u0ba9", -(1), 1), new Among("\u0bbe\u0b95\u0bbf\u0baf", -(1), 1), new Among("\u0b95\u0bc1\u0bb0\u0bbf\u0baf", -(1), 3), new Among("\u0bc1\u0b9f\u0bc8\u0baf", -(1), 1), new Among("\u0bb2\u0bcd\u0bb2", -(1), 2), new Among("\u0bc1\u0bb3\u0bcd\u0bb3", -(1), 1), new Among("\u0bbe\u0b95\u0bbf", -(1), 1), new Among("\u0baa\u0b9f\u0bbf", -(1), 3), new Among("\u0bbf\u0ba9\u0bcd\u0bb1\u0bbf", -(1), 1), new Among("\u0baa\u0bb1\u0bcd\u0bb1\u0bbf", -(1), 3), new Among("\u0baa\u0b9f\u0bc1", -(1), 3), new Among("\u0bb5\u0bbf\u0b9f\u0bc1", -(1), 3), new Among("\u0baa\u0b9f\u0bcd\u0b9f\u0bc1", -(1), 3), new Among("\u0bb5\u0bbf\u0b9f\u0bcd\u0b9f\u0bc1", -(1), 3), new Among("\u0baa\u0b9f\u0bcd\u0b9f\u0ba4\u0bc1", -(1), 3), new Among("\u0bc6\u0ba9\u0bcd\u0bb1\u0bc1", -(1), 1), new Among("\u0bc1\u0b9f\u0bc8", -(1), 1), new Among("\u0bbf\u0bb2\u0bcd\u0bb2\u0bc8", -(1), 1), new Among("\u0bc1\u0b9f\u0ba9\u0bcd", -(1), 1), new Among("\u0bbf\u0b9f\u0bae\u0bcd", -(1), 1), new Among("\u0bc6\u0bb2\u0bcd\u0bb2\u0bbe\u0bae\u0bcd", -(1), 3), new Among("\u0bc6\u0ba9\u0bc1\u0bae\u0bcd", -(1), 1)];
  C.a_18 = P.a_18 = [new Among("\u0bbe", -(1), -(1)), new Among("\u0bbf", -(1), -(1)), new Among("\u0bc0", -(1), -(1)), new Among("\u0bc1", -(1), -(1)), new Among("\u0bc2", -(1), -(1)), new Among("\u0bc6", -(1), -(1)), new Among("\u0bc7", -(1), -(1)), new Among("\u0bc8", -(1), -(1))];
  C.a_19 = P.a_19 = [new Among("\u0bbe", -(1), -(1)), new Among("\u0bbf", -(1), -(1)), new Among("\u0bc0", -(1), -(1)), new Among("\u0bc1", -(1), -(1)), new Among("\u0bc2", -(1), -(1)), new Among("\u0bc6", -(1), -(1)), new Among("\u0bc7", -(1), -(1)), new Among("\u0bc8", -(1), -(1))];
  C.a_20 = P.a_20 = [new Among("\u0bb5\u0bbf\u0b9f", -(1), 2), new Among("\u0bc0", -(1), 7), new Among("\u0bca\u0b9f\u0bc1", -(1), 2), new Among("\u0bcb\u0b9f\u0bc1", -(1), 2), new Among("\u0ba4\u0bc1", -(1), 6), new Among("\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1", 4, 2), new Among("\u0bbf\u0ba9\u0bcd\u0bb1\u0bc1", -(1), 2), new Among("\u0bc1\u0b9f\u0bc8", -(1), 2), new Among("\u0ba9\u0bc8", -(1), 1), new Among("\u0b95\u0ba3\u0bcd", -(1), 1), new Among("\u0bbf\u0ba9\u0bcd", -(1), 3), new Among("\u0bae\u0bc1\u0ba9\u0bcd", -(1), 1), new Among("\u0bbf\u0b9f\u0bae\u0bcd", -(1), 4), new Among("\u0bbf\u0bb1\u0bcd", -(1), 2), new Among("\u0bae\u0bc7\u0bb1\u0bcd", -(1), 1), new Among("\u0bb2\u0bcd", -(1), 5), new Among("\u0bbe\u0bae\u0bb2\u0bcd", 15, 2), new Among("\u0bbe\u0bb2\u0bcd", 15, 2), new Among("\u0bbf\u0bb2\u0bcd", 15, 2), new Among("\u0bae\u0bc7\u0bb2\u0bcd", 15, 1), new Among("\u0bc1\u0bb3\u0bcd", -(1), 2), new Among("\u0b95\u0bc0\u0bb4\u0bcd", -(1), 1)];
  C.a_21 = P.a_21 = [new Among("\u0b95", -(1), -(1)), new Among("\u0b9a", -(1), -(1)), new Among("\u0b9f", -(1), -(1)), new Among("\u0ba4", -(1), -(1)), new Among("\u0baa", -(1), -(1)), new Among("\u0bb1", -(1), -(1))];
  C.a_22 = P.a_22 = [new Among("\u0b95", -(1), -(1)), new Among("\u0b9a", -(1), -(1)), new Among("\u0b9f", -(1), -(1)), new Among("\u0ba4", -(1), -(1)), new Among("\u0baa", -(1), -(1)), new Among("\u0bb1", -(1), -(1))];
  C.a_23 = P.a_23 = [new Among("\u0b85", -(1), -(1)), new Among("\u0b86", -(1), -(1)), new Among("\u0b87", -(1), -(1)), new Among("\u0b88", -(1), -(1)), new Among("\u0b89", -(1), -(1)), new Among("\u0b8a", -(1), -(1)), new Among("\u0b8e", -(1), -(1)), new Among("\u0b8f", -(1), -(1)), new Among("\u0b90", -(1), -(1)), new Among("\u0b92", -(1), -(1)), new Among("\u0b93", -(1), -(1)), new Among("\u0b94", -(1), -(1))];
  C.a_24 = P.a_24 = [new Among("\u0bbe", -(1), -(1)), new Among("\u0bbf", -(1), -(1)), new Among("\u0bc0", -(1), -(1)), new Among("\u0bc1", -(1), -(1)), new Among("\u0bc2", -(1), -(1)), new Among("\u0bc6", -(1), -(1)), new Among("\u0bc7", -(1), -(1)), new Among("\u0bc8", -(1), -(1))];
  C.a_25 = P.a_25 = [new Among("\u0b95", -(1), 1), new Among("\u0ba4", -(1), 1), new Among("\u0ba9", -(1), 1), new Among("\u0baa", -(1), 1), new Among("\u0baf", -(1), 1), new Among("\u0bbe", -(1), 5), new Among("\u0b95\u0bc1", -(1), 6), new Among("\u0baa\u0b9f\u0bc1", -(1), 1), new Among("\u0ba4\u0bc1", -(1), 3), new Among("\u0bbf\u0bb1\u0bcd\u0bb1\u0bc1", -(1), 1), new Among("\u0ba9\u0bc8", -(1), 1), new Among("\u0bb5\u0bc8", -(1), 1), new Among("\u0ba9\u0ba9\u0bcd", -(1), 1), new Among("\u0baa\u0ba9\u0bcd", -(1), 1), new Among("\u0bb5\u0ba9\u0bcd", -(1), 2), new Among("\u0bbe\u0ba9\u0bcd", -(1), 4), new Among("\u0ba9\u0bbe\u0ba9\u0bcd", 15, 1), new Among("\u0bae\u0bbf\u0ba9\u0bcd", -(1), 1), new Among("\u0ba9\u0bc6\u0ba9\u0bcd", -(1), 1), new Among("\u0bc7\u0ba9\u0bcd", -(1), 5), new Among("\u0ba9\u0bae\u0bcd", -(1), 1), new Among("\u0baa\u0bae\u0bcd", -(1), 1), new Among("\u0bbe\u0bae\u0bcd", -(1), 5), new Among("\u0b95\u0bc1\u0bae\u0bcd", -(1), 1), new Among("\u0b9f\u0bc1\u0bae\u0bcd", -(1), 5), new Among("\u0ba4\u0bc1\u0bae\u0bcd", -(1), 1), new Among("\u0bb1\u0bc1\u0bae\u0bcd", -(1), 1), new Among("\u0bc6\u0bae\u0bcd", -(1), 5), new Among("\u0bc7\u0bae\u0bcd", -(1), 5), new Among("\u0bcb\u0bae\u0bcd", -(1), 5), new Among("\u0bbe\u0baf\u0bcd", -(1), 5), new Among("\u0ba9\u0bb0\u0bcd", -(1), 1), new Among("\u0baa\u0bb0\u0bcd", -(1), 1), new Among("\u0bc0\u0baf\u0bb0\u0bcd", -(1), 5), new Among("\u0bb5\u0bb0\u0bcd", -(1), 1), new Among("\u0bbe\u0bb0\u0bcd", -(1), 5), new Among("\u0ba9\u0bbe\u0bb0\u0bcd", 35, 1), new Among("\u0bae\u0bbe\u0bb0\u0bcd", 35, 1), new Among("\u0b95\u0bca\u0ba3\u0bcd\u0b9f\u0bbf\u0bb0\u0bcd", -(1), 1), new Among("\u0ba9\u0bbf\u0bb0\u0bcd", -(1), 5), new Among("\u0bc0\u0bb0\u0bcd", -(1), 5), new Among("\u0ba9\u0bb3\u0bcd", -(1), 1), new Among("\u0baa\u0bb3\u0bcd", -(1), 1), new Among("\u0bb5\u0bb3\u0bcd", -(1), 1), new Among("\u0bbe\u0bb3\u0bcd", -(1), 5), new Among("\u0ba9\u0bbe\u0bb3\u0bcd", 44, 1)];
  C.a_26 = P.a_26 = [new Among("\u0b95\u0bbf\u0bb1", -(1), -(1)), new Among("\u0b95\u0bbf\u0ba9\u0bcd\u0bb1", -(1), -(1)), new Among("\u0bbe\u0ba8\u0bbf\u0ba9\u0bcd\u0bb1", -(1), -(1)), new Among("\u0b95\u0bbf\u0bb1\u0bcd", -(1), -(1)), new Among("\u0b95\u0bbf\u0ba9\u0bcd\u0bb1\u0bcd", -(1), -(1)), new Among("\u0bbe\u0ba8\u0bbf\u0ba9\u0bcd\u0bb1\u0bcd", -(1), -(1))];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
