/* The Snowball german stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.german = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_prelude = function () {
    var v_1, v_2, v_5, among_var, v_3, v_4;
    v_1 = this.cursor;
    while (true) {
      v_2 = this.cursor;
      lab0: {
        while (true) {
          v_3 = this.cursor;
          lab1: {
            if (!(this.in_grouping(C.g_v))) {
              break lab1;
            }
            this.bra = this.cursor;
            while (true) {
              v_4 = this.cursor;
              lab2: {
                if (((this.cursor === this.limit) || (this.current[this.cursor] !== "u"))) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                if (!(this.in_grouping(C.g_v))) {
                  break lab2;
                }
                this.slice_from("U");
                break;
              }
              this.cursor = v_4;
              if (((this.cursor === this.limit) || (this.current[this.cursor] !== "y"))) {
                break lab1;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              if (!(this.in_grouping(C.g_v))) {
                break lab1;
              }
              this.slice_from("Y");
              break;
            }
            this.cursor = v_3;
            break;
          }
          this.cursor = v_3;
          if ((this.cursor >= this.limit)) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_2;
      break;
    }
    this.cursor = v_1;
    while (true) {
      v_5 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(C.a_0);
        this.ket = this.cursor;
        if ((among_var === 1)) {
          this.slice_from("ss");
        } else {
          if ((among_var === 2)) {
            this.slice_from("\u00e4");
          } else {
            if ((among_var === 3)) {
              this.slice_from("\u00f6");
            } else {
              if ((among_var === 4)) {
                this.slice_from("\u00fc");
              } else {
                if ((among_var === 5)) {
                  if ((this.cursor >= this.limit)) {
                    break lab0;
                  }
                  this.cursor += 1;
                }
              }
            }
          }
        }
        continue;
      }
      this.cursor = v_5;
      break;
    }
    return true;
  };
  P.r_mark_regions = function () {
    var v_1, I_x;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
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
  P.r_postlude = function () {
    var v_1, among_var;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(C.a_1);
        this.ket = this.cursor;
        if ((among_var === 1)) {
          this.slice_from("y");
        } else {
          if ((among_var === 2)) {
            this.slice_from("u");
          } else {
            if ((among_var === 3)) {
              this.slice_from("a");
            } else {
              if ((among_var === 4)) {
                this.slice_from("o");
              } else {
                if ((this.cursor >= this.limit)) {
                  break lab0;
                }
                this.cursor += 1;
              }
            }
          }
        }
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P.r_R1 = function () {
    return (this.I_p1 <= this.cursor);
  };
  P.r_R2 = function () {
    return (this.I_p2 <= this.cursor);
  };
  P.r_standard_suffix = function () {
    var v_1, v_3, v_6, v_10, among_var, v_7, v_4, v_5, v_2, v_8, v_9;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_2);
      if ((among_var === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!(this.r_R1())) {
        break lab0;
      }
      if ((among_var === 1)) {
        lab1: {
          if (!(this.eq_s_b("syst"))) {
            break lab1;
          }
          break lab0;
        }
        this.slice_del();
      } else {
        if ((among_var === 2)) {
          this.slice_del();
        } else {
          if ((among_var === 3)) {
            this.slice_del();
            v_2 = (this.limit - this.cursor);
            lab1: {
              this.ket = this.cursor;
              if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "s"))) {
                this.cursor = (this.limit - v_2);
                break lab1;
              }
              this.cursor -= 1;
              this.bra = this.cursor;
              if (!(this.eq_s_b("nis"))) {
                this.cursor = (this.limit - v_2);
                break lab1;
              }
              this.slice_del();
            }
          } else {
            if ((among_var === 4)) {
              if (!(this.in_grouping_b(C.g_s_ending))) {
                break lab0;
              }
              this.slice_del();
            } else {
              this.slice_from("l");
            }
          }
        }
      }
    }
    this.cursor = (this.limit - v_1);
    v_3 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_4);
      if ((among_var === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!(this.r_R1())) {
        break lab0;
      }
      if ((among_var === 1)) {
        this.slice_del();
      } else {
        if ((among_var === 2)) {
          if (!(this.in_grouping_b(C.g_st_ending))) {
            break lab0;
          }
          if (((this.cursor - 3) < this.limit_backward)) {
            break lab0;
          }
          this.cursor -= 3;
          this.slice_del();
        } else {
          v_4 = (this.limit - this.cursor);
          if (!(this.in_grouping_b(C.g_et_ending))) {
            break lab0;
          }
          this.cursor = (this.limit - v_4);
          v_5 = (this.limit - this.cursor);
          lab1: {
            if ((this.find_among_b(C.a_3) === 0)) {
              break lab1;
            }
            break lab0;
          }
          this.cursor = (this.limit - v_5);
          this.slice_del();
        }
      }
    }
    this.cursor = (this.limit - v_3);
    v_6 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_6);
      if ((among_var === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if (!(this.r_R2())) {
        break lab0;
      }
      if ((among_var === 1)) {
        this.slice_del();
        v_7 = (this.limit - this.cursor);
        lab1: {
          this.ket = this.cursor;
          if (!(this.eq_s_b("ig"))) {
            this.cursor = (this.limit - v_7);
            break lab1;
          }
          this.bra = this.cursor;
          lab2: {
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
              break lab2;
            }
            this.cursor -= 1;
            this.cursor = (this.limit - v_7);
            break lab1;
          }
          if (!(this.r_R2())) {
            this.cursor = (this.limit - v_7);
            break lab1;
          }
          this.slice_del();
        }
      } else {
        if ((among_var === 2)) {
          lab1: {
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
              break lab1;
            }
            this.cursor -= 1;
            break lab0;
          }
          this.slice_del();
        } else {
          if ((among_var === 3)) {
            this.slice_del();
            v_8 = (this.limit - this.cursor);
            lab1: {
              this.ket = this.cursor;
              while (true) {
                lab2: {
                  if (!(this.eq_s_b("er"))) {
                    break lab2;
                  }
                  break;
                }
                if (!(this.eq_s_b("en"))) {
                  this.cursor = (this.limit - v_8);
                  break lab1;
                }
                break;
              }
              this.bra = this.cursor;
              if (!(this.r_R1())) {
                this.cursor = (this.limit - v_8);
                break lab1;
              }
              this.slice_del();
            }
          } else {
            this.slice_del();
            v_9 = (this.limit - this.cursor);
            lab1: {
              this.ket = this.cursor;
              if ((this.find_among_b(C.a_5) === 0)) {
                this.cursor = (this.limit - v_9);
                break lab1;
              }
              this.bra = this.cursor;
              if (!(this.r_R2())) {
                this.cursor = (this.limit - v_9);
                break lab1;
              }
              this.slice_del();
            }
          }
        }
      }
    }
    this.cursor = (this.limit - v_6);
    v_10 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_7) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if ((this.cursor <= this.limit_backward)) {
        break lab0;
      }
      this.cursor -= 1;
      if ((this.cursor <= this.limit_backward)) {
        break lab0;
      }
      this.slice_del();
    }
    this.cursor = (this.limit - v_10);
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3;
    v_1 = this.cursor;
    this.r_prelude();
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_2;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.r_standard_suffix();
    this.cursor = this.limit_backward;
    v_3 = this.cursor;
    this.r_postlude();
    this.cursor = v_3;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y", "\u00e4", "\u00f6", "\u00fc"]);
  C.g_et_ending = P.g_et_ending = new Set(["U", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "z", "\u00e4"]);
  C.g_s_ending = P.g_s_ending = new Set(["b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "t"]);
  C.g_st_ending = P.g_st_ending = new Set(["b", "d", "f", "g", "h", "k", "l", "m", "n", "t"]);
  C.I_p2 = P.I_p2 = 0;
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("", -(1), 5), new Among("ae", 0, 2), new Among("oe", 0, 3), new Among("qu", 0, -(1)), new Among("ue", 0, 4), new Among("\u00df", 0, 1)];
  C.a_1 = P.a_1 = [new Among("", -(1), 5), new Among("U", 0, 2), new Among("Y", 0, 1), new Among("\u00e4", 0, 3), new Among("\u00f6", 0, 4), new Among("\u00fc", 0, 2)];
  C.a_2 = P.a_2 = [new Among("e", -(1), 3), new Among("em", -(1), 1), new Among("en", -(1), 3), new Among("erinnen", 2, 2), new Among("erin", -(1), 2), new Among("ln", -(1), 5), new Among("ern", -(1), 2), new Among("er", -(1), 2), new Among("s", -(1), 4), new Among("es", 8, 3), new Among("lns", 8, 5)];
  C.a_3 = P.a_3 = [new Among("tick", -(1), -(1)), new Among("plan", -(1), -(1)), new Among("geordn", -(1), -(1)), new Among("intern", -(1), -(1)), new Among("tr", -(1), -(1))];
  C.a_4 = P.a_4 = [new Among("en", -(1), 1), new Among("er", -(1), 1), new Among("et", -(1), 3), new Among("st", -(1), 2), new Among("est", 3, 1)];
  C.a_5 = P.a_5 = [new Among("ig", -(1), 1), new Among("lich", -(1), 1)];
  C.a_6 = P.a_6 = [new Among("end", -(1), 1), new Among("ig", -(1), 2), new Among("ung", -(1), 1), new Among("lich", -(1), 3), new Among("isch", -(1), 2), new Among("ik", -(1), 2), new Among("heit", -(1), 3), new Among("keit", -(1), 4)];
  C.a_7 = P.a_7 = [new Among("'", -(1), 1), new Among("'sch", -(1), 1), new Among("'s", -(1), 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
