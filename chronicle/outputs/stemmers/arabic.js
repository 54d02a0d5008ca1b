/* The Snowball arabic stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.arabic = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_Normalize_pre = function () {
    var v_1, v_2, v_3, among_var;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          while (true) {
            v_3 = this.cursor;
            lab2: {
              this.bra = this.cursor;
              among_var = this.find_among(C.a_0);
              if ((among_var === 0)) {
                break lab2;
              }
              this.ket = this.cursor;
              this.slice_from(C.as_0[(among_var - 1)]);
              break;
            }
            this.cursor = v_3;
            if ((this.cursor >= this.limit)) {
              break lab1;
            }
            this.cursor += 1;
            break;
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
  P.r_Normalize_post = function () {
    var v_1, v_2, v_3, v_4, among_var;
    v_1 = this.cursor;
    lab0: {
      this.limit_backward = this.cursor;
      this.cursor = this.limit;
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_1) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u0621");
      this.cursor = this.limit_backward;
    }
    this.cursor = v_1;
    v_2 = this.cursor;
    lab0: {
      while (true) {
        v_3 = this.cursor;
        lab1: {
          while (true) {
            v_4 = this.cursor;
            lab2: {
              this.bra = this.cursor;
              among_var = this.find_among(C.a_2);
              if ((among_var === 0)) {
                break lab2;
              }
              this.ket = this.cursor;
              this.slice_from(C.as_2[(among_var - 1)]);
              break;
            }
            this.cursor = v_4;
            if ((this.cursor >= this.limit)) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          continue;
        }
        this.cursor = v_3;
        break;
      }
    }
    this.cursor = v_2;
    return true;
  };
  P.r_Checks1 = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_3);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length <= 4)) {
        return false;
      }
      this.B_is_noun = true;
      this.B_is_verb = false;
      this.B_is_defined = true;
    } else {
      if ((this.current.length <= 3)) {
        return false;
      }
      this.B_is_noun = true;
      this.B_is_verb = false;
      this.B_is_defined = true;
    }
    return true;
  };
  P.r_Prefix_Step1 = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_4);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length <= 3)) {
        return false;
      }
      this.slice_from("\u0623");
    } else {
      if ((among_var === 2)) {
        if ((this.current.length <= 3)) {
          return false;
        }
        this.slice_from("\u0622");
      } else {
        if ((among_var === 3)) {
          if ((this.current.length <= 3)) {
            return false;
          }
          this.slice_from("\u0627");
        } else {
          if ((this.current.length <= 3)) {
            return false;
          }
          this.slice_from("\u0625");
        }
      }
    }
    return true;
  };
  P.r_Prefix_Step2 = function () {
    this.bra = this.cursor;
    if ((this.find_among(C.a_5) === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((this.current.length <= 3)) {
      return false;
    }
    lab0: {
      if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0627"))) {
        break lab0;
      }
      this.cursor += 1;
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Prefix_Step3a_Noun = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_6);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length <= 5)) {
        return false;
      }
      this.slice_del();
    } else {
      if ((this.current.length <= 4)) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Prefix_Step3b_Noun = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_7);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length <= 3)) {
        return false;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        if ((this.current.length <= 3)) {
          return false;
        }
        this.slice_from("\u0628");
      } else {
        if ((among_var === 3)) {
          if ((this.current.length <= 3)) {
            return false;
          }
          this.slice_from("\u0643");
        }
      }
    }
    return true;
  };
  P.r_Prefix_Step3_Verb = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_8);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length <= 4)) {
        return false;
      }
      this.slice_from("\u064a");
    } else {
      if ((among_var === 2)) {
        if ((this.current.length <= 4)) {
          return false;
        }
        this.slice_from("\u062a");
      } else {
        if ((among_var === 3)) {
          if ((this.current.length <= 4)) {
            return false;
          }
          this.slice_from("\u0646");
        } else {
          if ((this.current.length <= 4)) {
            return false;
          }
          this.slice_from("\u0623");
        }
      }
    }
    return true;
  };
  P.r_Prefix_Step4_Verb = function () {
    this.bra = this.cursor;
    if ((this.find_among(C.a_9) === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((this.current.length <= 4)) {
      return false;
    }
    this.B_is_verb = true;
    this.B_is_noun = false;
    this.slice_from("\u0627\u0633\u062a");
    return true;
  };
  P.r_Suffix_Noun_Step1a = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_10);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length < 4)) {
        return false;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        if ((this.current.length < 5)) {
          return false;
        }
        this.slice_del();
      } else {
        if ((this.current.length < 6)) {
          return false;
        }
        this.slice_del();
      }
    }
    return true;
  };
  P.r_Suffix_Noun_Step1b = function () {
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0646"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if ((this.current.length <= 5)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2a = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_11) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((this.current.length <= 4)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2b = function () {
    this.ket = this.cursor;
    if (!(this.eq_s_b("\u0627\u062a"))) {
      return false;
    }
    this.bra = this.cursor;
    if ((this.current.length < 5)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2c1 = function () {
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u062a"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if ((this.current.length < 4)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step2c2 = function () {
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0629"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if ((this.current.length < 4)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Noun_Step3 = function () {
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u064a"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    if ((this.current.length < 3)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Verb_Step1 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_12);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length < 4)) {
        return false;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        if ((this.current.length < 5)) {
          return false;
        }
        this.slice_del();
      } else {
        if ((this.current.length < 6)) {
          return false;
        }
        this.slice_del();
      }
    }
    return true;
  };
  P.r_Suffix_Verb_Step2a = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_13);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length < 4)) {
        return false;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        if ((this.current.length < 5)) {
          return false;
        }
        this.slice_del();
      } else {
        if ((among_var === 3)) {
          if ((this.current.length <= 5)) {
            return false;
          }
          this.slice_del();
        } else {
          if ((this.current.length < 6)) {
            return false;
          }
          this.slice_del();
        }
      }
    }
    return true;
  };
  P.r_Suffix_Verb_Step2b = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_14) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((this.current.length < 5)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_Suffix_Verb_Step2c = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_15);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if ((this.current.length < 4)) {
        return false;
      }
      this.slice_del();
    } else {
      if ((this.current.length < 6)) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Suffix_All_alef_maqsura = function () {
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0649"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_from("\u064a");
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_12, v_13, v_14, v_3, v_15, v_16, v_8, v_4, v_5, v_9, v_6, v_7, v_10, v_11;
    this.B_is_noun = true;
    this.B_is_verb = true;
    this.B_is_defined = false;
    v_1 = this.cursor;
    this.r_Checks1();
    this.cursor = v_1;
    this.r_Normalize_pre();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = (this.limit - this.cursor);
    lab0: {
      while (true) {
        v_3 = (this.limit - this.cursor);
        lab1: {
          if (!(this.B_is_verb)) {
            break lab1;
          }
          while (true) {
            v_4 = (this.limit - this.cursor);
            lab2: {
              v_5 = 1;
              while (true) {
                v_6 = (this.limit - this.cursor);
                lab3: {
                  if (!(this.r_Suffix_Verb_Step1())) {
                    break lab3;
                  }
                  v_5 -= 1;
                  continue;
                }
                this.cursor = (this.limit - v_6);
                break;
              }
              if ((v_5 > 0)) {
                break lab2;
              }
              while (true) {
                v_7 = (this.limit - this.cursor);
                lab3: {
                  if (!(this.r_Suffix_Verb_Step2a())) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = (this.limit - v_7);
                lab3: {
                  if (!(this.r_Suffix_Verb_Step2c())) {
                    break lab3;
                  }
                  break;
                }
                this.cursor = (this.limit - v_7);
                if ((this.cursor <= this.limit_backward)) {
                  break lab2;
                }
                this.cursor -= 1;
                break;
              }
              break;
            }
            this.cursor = (this.limit - v_4);
            lab2: {
              if (!(this.r_Suffix_Verb_Step2b())) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_4);
            if (!(this.r_Suffix_Verb_Step2a())) {
              break lab1;
            }
            break;
          }
          break;
        }
        this.cursor = (this.limit - v_3);
        lab1: {
          if (!(this.B_is_noun)) {
            break lab1;
          }
          v_8 = (this.limit - this.cursor);
          lab2: {
            while (true) {
              v_9 = (this.limit - this.cursor);
              lab3: {
                if (!(this.r_Suffix_Noun_Step2c2())) {
                  break lab3;
                }
                break;
              }
              this.cursor = (this.limit - v_9);
              lab3: {
                if (this.B_is_defined) {
                  break lab3;
                }
                if (!(this.r_Suffix_Noun_Step1a())) {
                  break lab3;
                }
                while (true) {
                  v_10 = (this.limit - this.cursor);
                  lab4: {
                    if (!(this.r_Suffix_Noun_Step2a())) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = (this.limit - v_10);
                  lab4: {
                    if (!(this.r_Suffix_Noun_Step2b())) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = (this.limit - v_10);
                  lab4: {
                    if (!(this.r_Suffix_Noun_Step2c1())) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = (this.limit - v_10);
                  if ((this.cursor <= this.limit_backward)) {
                    break lab3;
                  }
                  this.cursor -= 1;
                  break;
                }
                break;
              }
              this.cursor = (this.limit - v_9);
              lab3: {
                if (!(this.r_Suffix_Noun_Step1b())) {
                  break lab3;
                }
                while (true) {
                  v_11 = (this.limit - this.cursor);
                  lab4: {
                    if (!(this.r_Suffix_Noun_Step2a())) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = (this.limit - v_11);
                  lab4: {
                    if (!(this.r_Suffix_Noun_Step2b())) {
                      break lab4;
                    }
                    break;
                  }
                  this.cursor = (this.limit - v_11);
                  if (!(this.r_Suffix_Noun_Step2c1())) {
                    break lab3;
                  }
                  break;
                }
                break;
              }
              this.cursor = (this.limit - v_9);
              lab3: {
                if (this.B_is_defined) {
                  break lab3;
                }
                if (!(this.r_Suffix_Noun_Step2a())) {
                  break lab3;
                }
                break;
              }
              this.cursor = (this.limit - v_9);
              if (!(this.r_Suffix_Noun_Step2b())) {
                this.cursor = (this.limit - v_8);
                break lab2;
              }
              break;
            }
          }
          if (!(this.r_Suffix_Noun_Step3())) {
            break lab1;
          }
          break;
        }
        this.cursor = (this.limit - v_3);
        if (!(this.r_Suffix_All_alef_maqsura())) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = (this.limit - v_2);
    this.cursor = this.limit_backward;
    v_12 = this.cursor;
    lab0: {
      v_13 = this.cursor;
      lab1: {
        if (!(this.r_Prefix_Step1())) {
          this.cursor = v_13;
          break lab1;
        }
      }
      v_14 = this.cursor;
      lab1: {
        if (!(this.r_Prefix_Step2())) {
          this.cursor = v_14;
          break lab1;
        }
      }
      while (true) {
        v_15 = this.cursor;
        lab1: {
          if (!(this.r_Prefix_Step3a_Noun())) {
            break lab1;
          }
          break;
        }
        this.cursor = v_15;
        lab1: {
          if (!(this.B_is_noun)) {
            break lab1;
          }
          if (!(this.r_Prefix_Step3b_Noun())) {
            break lab1;
          }
          break;
        }
        this.cursor = v_15;
        if (!(this.B_is_verb)) {
          break lab0;
        }
        v_16 = this.cursor;
        lab1: {
          if (!(this.r_Prefix_Step3_Verb())) {
            this.cursor = v_16;
            break lab1;
          }
        }
        if (!(this.r_Prefix_Step4_Verb())) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = v_12;
    this.r_Normalize_post();
    return true;
  };
  C.B_is_defined = P.B_is_defined = false;
  C.B_is_verb = P.B_is_verb = false;
  C.B_is_noun = P.B_is_noun = false;
  C.a_0 = P.a_0 = [new Among("\u0640", -(1), 1), new Among("\u064b", -(1), 1), new Among("\u064c", -(1), 1), new Among("\u064d", -(1), 1), new Among("\u064e", -(1), 1), new Among("\u064f", -(1), 1), new Among("\u0650", -(1), 1), new Among("\u0651", -(1), 1), new Among("\u0652", -(1), 1), new Among("\u0660", -(1), 2), new Among("\u0661", -(1), 3), new Among("\u0662", -(1), 4), new Among("\u0663", -(1), 5), new Among("\u0664", -(1), 6), new Among("\u0665", -(1), 7), new Among("\u0666", -(1), 8), new Among("\u0667", -(1), 9), new Among("\u0668", -(1), 10), new Among("\u0669", -(1), 11), new Among("\ufe80", -(1), 12), new Among("\ufe81", -(1), 16), new Among("\ufe82", -(1), 16), new Among("\ufe83", -(1), 13), new Among("\ufe84", -(1), 13), new Among("\ufe85", -(1), 17), new Among("\ufe86", -(1), 17), new Among("\ufe87", -(1), 14), new Among("\ufe88", -(1), 14), new Among("\ufe89", -(1), 15), new Among("\ufe8a", -(1), 15), new Among("\ufe8b", -(1), 15), new Among("\ufe8c", -(1), 15), new Among("\ufe8d", -(1), 18), new Among("\ufe8e", -(1), 18), new Among("\ufe8f", -(1), 19), new Among("\ufe90", -(1), 19), new Among("\ufe91", -(1), 19), new Among("\ufe92", -(1), 19), new Among("\ufe93", -(1), 20), new Among("\ufe94", -(1), 20), new Among("\ufe95", -(1), 21), new Among("\ufe96", -(1), 21), new Among("\ufe97", -(1), 21), new Among("\ufe98", -(1), 21), new Among("\ufe99", -(1), 22), new Among("\ufe9a", -(1), 22), new Among("\ufe9b", -(1), 22), new Among("\ufe9c", -(1), 22), new Among("\ufe9d", -(1), 23), new Among("\ufe9e", -(1), 23), new Among("\ufe9f", -(1), 23), new Among("\ufea0", -(1), 23), new Among("\ufea1", -(1), 24), new Among("\ufea2", -(1), 24), new Among("\ufea3", -(1), 24), new Among("\ufea4", -(1), 24), new Among("\ufea5", -(1), 25), new Among("\ufea6", -(1), 25), new Among("\ufea7", -(1), 25), new Among("\ufea8", -(1), 25), new Among("\ufea9", -(1), 26), new Among("\ufeaa", -(1), 26), new Among("\ufeab", -(1), 27), new Among("\ufeac", -(1), 27), new Among("\ufead", -(1), 28), new Among("\ufeae", -(1), 28), new Among("\ufeaf", -(1), 29), new Among("\ufeb0", -(1), 29), new Among("\ufeb1", -(1), 30), new Among("\ufeb2", -(1), 30), new Among("\ufeb3", -(1), 30), new Among("\ufeb4", -(1), 30), new Among("\ufeb5", -(1), 31), new Among("\ufeb6", -(1), 31), new Among("\ufeb7", -(1), 31), new Among("\ufeb8", -(1), 31), new Among("\ufeb9", -(1), 32), new Among("\ufeba", -(1), 32), new Among("\ufebb", -(1), 32), new Among("\ufebc", -(1), 32), new Among("\ufebd", -(1), 33), new Among("\ufebe", -(1), 33), new Among("\ufebf", -(1), 33), new Among("\ufec0", -(1), 33), new Among("\ufec1", -(1), 34), new Among("\ufec2", -(1), 34), new Among("\ufec3", -(1), 34), new Among("\ufec4", -(1), 34), new Among("\ufec5", -(1), 35), new Among("\ufec6", -(1), 35), new Among("\ufec7", -(1), 35), new Among("\ufec8", -(1), 35), new Among("\ufec9", -(1), 36), new Among("\ufeca", -(1), 36), new Among("\ufecb", -(1), 36), new Among("\ufecc", -(1), 36), new Among("\ufecd", -(1), 37), new Among("\ufece", -(1), 37), new Among("\ufecf", -(1), 37), new Among("\ufed0", -(1), 37), new Among("\ufed1", -(1), 38), new Among("\ufed2", -(1), 38), new Among("\ufed3", -(1), 38), new Among("\ufed4", -(1), 38), new Among("\ufed5", -(1), 39), new Among("\ufed6", -(1), 39), new Among("\ufed7", -(1), 39), new Among("\ufed8", -(1), 39), new Among("\ufed9", -(1), 40), new Among("\ufeda", -(1), 40), new Among("\ufedb", -(1), 40), new Among("\ufedc", -(1), 40), new Among("\ufedd", -(1), 41), new Among("\ufede", -(1), 41), new Among("\ufedf", -(1), 41), new Among("\ufee0", -(1), 41), new Among("\ufee1", -(1), 42), new Among("\ufee2", -(1), 42), new Among("\ufee3", -(1), 42), new Among("\ufee4", -(1), 42), new Among("\ufee5", -(1), 43), new Among("\ufee6", -(1), 43), new Among("\ufee7", -(1), 43), new Among("\ufee8", -(1), 43), new Among("\ufee9", -(1), 44), new Among("\ufeea", -(1), 44), new Among("\ufeeb", -(1), 44), new Among("\ufeec", -(1), 44), new Among("\ufeed", -(1), 45), new Among("\ufeee", -(1), 45), new Among("\ufeef", -(1), 46), new Among("\ufef0", -(1), 46), new Among("\ufef1", -(1), 47), new Among("\ufef2", -(1), 47), new Among("\ufef3", -(1), 47), new Among("\ufef4", -(1), 47), new Among("\ufef5", -(1), 51), new Among("\ufef6", -(1), 51), new Among("\ufef7", -(1), 49), new Among("\ufef8", -(1), 49), new Among("\ufef9", -(1), 50), new Among("\ufefa", -(1), 50), new Among("\ufefb", -(1), 48), new Among("\ufefc", -(1), 48)];
  C.as_0 = P.as_0 = ["", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "\u0621", "\u0623", "\u0625", "\u0626", "\u0622", "\u0624", "\u0627", "\u0628", "\u0629", "\u062a", "\u062b", "\u062c", "\u062d", "\u062e", "\u062f", "\u0630", "\u0631", "\u0632", "\u0633", "\u0634", "\u0635", "\u0636", "\u0637", "\u0638", "\u0639", "\u063a", "\u0641", "\u0642", "\u0643", "\u0644", "\u0645", "\u0646", "\u0647", "\u0648", "\u0649", "\u064a", "\u0644\u0627", "\u0644\u0623", "\u0644\u0625", "\u0644\u0622"];
  C.a_1 = P.a_1 = [new Among("\u0622", -(1), 1), new Among("\u0623", -(1), 1), new Among("\u0624", -(1), 1), new Among("\u0625", -(1), 1), new Among("\u0626", -(1), 1)];
  C.a_2 = P.a_2 = [new Among("\u0622", -(1), 1), new Among("\u0623", -(1), 1), new Among("\u0624", -(1), 2), new Among("\u0625", -(1), 1), new Among("\u0626", -(1), 3)];
  C.as_2 = P.as_2 = ["\u0627", "\u0648", "\u064a"];
  C.a_3 = P.a_3 = [new Among("\u0627\u0644", -(1), 2), new Among("\u0628\u0627\u0644", -(1), 1), new Among("\u0643\u0627\u0644", -(1), 1), new Among("\u0644\u0644", -(1), 2)];
  C.a_4 = P.a_4 = [new Among("\u0623\u0622", -(1), 2), new Among("\u0623\u0623", -(1), 1), new Among("\u0623\u0624", -(1), 1), new Among("\u0623\u0625", -(1), 4), new Among("\u0623\u0627", -(1), 3)];
  C.a_5 = P.a_5 = [new Among("\u0641", -(1), 1), new Among("\u0648", -(1), 1)];
  C.a_6 = P.a_6 = [new Among("\u0627\u0644", -(1), 2), new Among("\u0628\u0627\u0644", -(1), 1), new Among("\u0643\u0627\u0644", -(1), 1), new Among("\u0644\u0644", -(1), 2)];
  C.a_7 = P.a_7 = [new Among("\u0628", -(1), 1), new Among("\u0628\u0627", 0, -(1)), new Among("\u0628\u0628", 0, 2), new Among("\u0643\u0643", -(1), 3)];
  C.a_8 = P.a_8 = [new Among("\u0633\u0623", -(1), 4), new Among("\u0633\u062a", -(1), 2), new Among("\u0633\u0646", -(1), 3), new Among("\u0633\u064a", -(1), 1)];
  C.a_9 = P.a_9 = [new Among("\u062a\u0633\u062a", -(1), 1), new Among("\u0646\u0633\u062a", -(1), 1), new Among("\u064a\u0633\u062a", -(1), 1)];
  C.a_10 = P.a_10 = [new Among("\u0643\u0645\u0627", -(1), 3), new Among("\u0647\u0645\u0627", -(1), 3), new Among("\u0646\u0627", -(1), 2), new Among("\u0647\u0627", -(1), 2), new Among("\u0643", -(1), 1), new Among("\u0643\u0645", -(1), 2), new Among("\u0647\u0645", -(1), 2), new Among("\u0647\u0646", -(1), 2), new Among("\u0647", -(1), 1), new Among("\u064a", -(1), 1)];
  C.a_11 = P.a_11 = [new Among("\u0627", -(1), 1), new Among("\u0648", -(1), 1), new Among("\u064a", -(1), 1)];
  C.a_12 = P.a_12 = [new Among("\u0643\u0645\u0627", -(1), 3), new Among("\u0647\u0645\u0627", -(1), 3), new Among("\u0646\u0627", -(1), 2), new Among("\u0647\u0627", -(1), 2), new Among("\u0643", -(1), 1), new Among("\u0643\u0645", -(1), 2), new Among("\u0647\u0645", -(1), 2), new Among("\u0643\u0646", -(1), 2), new Among("\u0647\u0646", -(1), 2), new Among("\u0647", -(1), 1), new Among("\u0643\u0645\u0648", -(1), 3), new Among("\u0646\u064a", -(1), 2)];
  C.a_13 = P.a_13 = [new Among("\u0627", -(1), 1), new Among("\u062a\u0627", 0, 2), new Among("\u062a\u0645\u0627", 0, 4), new Among("\u0646\u0627", 0, 2), new Among("\u062a", -(1), 1), new Among("\u0646", -(1), 1), new Among("\u0627\u0646", 5, 3), new Among("\u062a\u0646", 5, 2), new Among("\u0648\u0646", 5, 3), new Among("\u064a\u0646", 5, 3), new Among("\u064a", -(1), 1)];
  C.a_14 = P.a_14 = [new Among("\u0648\u0627", -(1), 1), new Among("\u062a\u0645", -(1), 1)];
  C.a_15 = P.a_15 = [new Among("\u0648", -(1), 1), new Among("\u062a\u0645\u0648", 0, 2)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
