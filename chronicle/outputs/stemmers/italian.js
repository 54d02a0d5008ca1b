/* The Snowball italian stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.italian = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_elisions = function () {
    this.bra = this.cursor;
    if ((this.find_among(C.a_0) === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((this.cursor >= this.limit)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_prelude = function () {
    var v_1, v_2, v_3, among_var, v_4, v_5;
    v_1 = this.cursor;
    while (true) {
      v_2 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(C.a_1);
        this.ket = this.cursor;
        if ((among_var === 1)) {
          this.slice_from("\u00e0");
        } else {
          if ((among_var === 2)) {
            this.slice_from("\u00e8");
          } else {
            if ((among_var === 3)) {
              this.slice_from("\u00ec");
            } else {
              if ((among_var === 4)) {
                this.slice_from("\u00f2");
              } else {
                if ((among_var === 5)) {
                  this.slice_from("\u00f9");
                } else {
                  if ((among_var === 6)) {
                    this.slice_from("qU");
                  } else {
                    if ((this.cursor >= this.limit)) {
                      break lab0;
                    }
                    this.cursor += 1;
                  }
                }
              }
            }
          }
        }
        continue;
      }
      this.cursor = v_2;
      break;
    }
    this.cursor = v_1;
    while (true) {
      v_3 = this.cursor;
      lab0: {
        while (true) {
          v_4 = this.cursor;
          lab1: {
            if (!(this.in_grouping(C.g_v))) {
              break lab1;
            }
            this.bra = this.cursor;
            while (true) {
              v_5 = this.cursor;
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
              this.cursor = v_5;
              if (((this.cursor === this.limit) || (this.current[this.cursor] !== "i"))) {
                break lab1;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              if (!(this.in_grouping(C.g_v))) {
                break lab1;
              }
              this.slice_from("I");
              break;
            }
            this.cursor = v_4;
            break;
          }
          this.cursor = v_4;
          if ((this.cursor >= this.limit)) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_3;
      break;
    }
    return true;
  };
  P.r_mark_regions = function () {
    var v_1, v_5, v_2, v_4, v_3;
    this.I_pV = this.limit;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (!(this.in_grouping(C.g_v))) {
            break lab1;
          }
          while (true) {
            v_3 = this.cursor;
            lab2: {
              if (!(this.out_grouping(C.g_v))) {
                break lab2;
              }
              if (!(this.go_out_grouping(C.g_v))) {
                break lab2;
              }
              this.cursor += 1;
              break;
            }
            this.cursor = v_3;
            if (!(this.in_grouping(C.g_v))) {
              break lab1;
            }
            if (!(this.go_in_grouping(C.g_v))) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          break;
        }
        this.cursor = v_2;
        lab1: {
          if (!(this.eq_s("divan"))) {
            break lab1;
          }
          break;
        }
        this.cursor = v_2;
        if (!(this.out_grouping(C.g_v))) {
          break lab0;
        }
        while (true) {
          v_4 = this.cursor;
          lab1: {
            if (!(this.out_grouping(C.g_v))) {
              break lab1;
            }
            if (!(this.go_out_grouping(C.g_v))) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          this.cursor = v_4;
          if (!(this.in_grouping(C.g_v))) {
            break lab0;
          }
          if ((this.cursor >= this.limit)) {
            break lab0;
          }
          this.cursor += 1;
          break;
        }
        break;
      }
      this.I_pV = this.cursor;
    }
    this.cursor = v_1;
    v_5 = this.cursor;
    lab0: {
      if (!(this.go_out_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
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
    this.cursor = v_5;
    return true;
  };
  P.r_postlude = function () {
    var v_1, among_var;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(C.a_2);
        this.ket = this.cursor;
        if ((among_var === 1)) {
          this.slice_from("i");
        } else {
          if ((among_var === 2)) {
            this.slice_from("u");
          } else {
            if ((this.cursor >= this.limit)) {
              break lab0;
            }
            this.cursor += 1;
          }
        }
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P.r_RV = function () {
    return (this.I_pV <= this.cursor);
  };
  P.r_R2 = function () {
    return (this.I_p2 <= this.cursor);
  };
  P.r_attached_pronoun = function () {
    var among_var;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_3) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    among_var = this.find_among_b(C.a_4);
    if ((among_var === 0)) {
      return false;
    }
    if (!(this.r_RV())) {
      return false;
    }
    this.slice_from(C.as_4[(among_var - 1)]);
    return true;
  };
  P.r_standard_suffix = function () {
    var among_var, v_1, v_2, v_3, v_4;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_7);
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
        if (!(this.r_R2())) {
          return false;
        }
        this.slice_del();
        v_1 = (this.limit - this.cursor);
        lab0: {
          this.ket = this.cursor;
          if (!(this.eq_s_b("ic"))) {
            this.cursor = (this.limit - v_1);
            break lab0;
          }
          this.bra = this.cursor;
          if (!(this.r_R2())) {
            this.cursor = (this.limit - v_1);
            break lab0;
          }
          this.slice_del();
        }
      } else {
        if ((among_var === 3)) {
          if (!(this.r_R2())) {
            return false;
          }
          this.slice_from("log");
        } else {
          if ((among_var === 4)) {
            if (!(this.r_R2())) {
              return false;
            }
            this.slice_from("u");
          } else {
            if ((among_var === 5)) {
              if (!(this.r_R2())) {
                return false;
              }
              this.slice_from("ente");
            } else {
              if ((among_var === 6)) {
                if (!(this.r_RV())) {
                  return false;
                }
                this.slice_del();
              } else {
                if ((among_var === 7)) {
                  if ((this.I_p1 > this.cursor)) {
                    return false;
                  }
                  this.slice_del();
                  v_2 = (this.limit - this.cursor);
                  lab0: {
                    this.ket = this.cursor;
                    among_var = this.find_among_b(C.a_5);
                    if ((among_var === 0)) {
                      this.cursor = (this.limit - v_2);
                      break lab0;
                    }
                    this.bra = this.cursor;
                    if (!(this.r_R2())) {
                      this.cursor = (this.limit - v_2);
                      break lab0;
                    }
                    this.slice_del();
                    if ((among_var === 1)) {
                      this.ket = this.cursor;
                      if (!(this.eq_s_b("at"))) {
                        this.cursor = (this.limit - v_2);
                        break lab0;
                      }
                      this.bra = this.cursor;
                      if (!(this.r_R2())) {
                        this.cursor = (this.limit - v_2);
                        break lab0;
                      }
                      this.slice_del();
                    }
                  }
                } else {
                  if ((among_var === 8)) {
                    if (!(this.r_R2())) {
                      return false;
                    }
                    this.slice_del();
                    v_3 = (this.limit - this.cursor);
                    lab0: {
                      this.ket = this.cursor;
                      if ((this.find_among_b(C.a_6) === 0)) {
                        this.cursor = (this.limit - v_3);
                        break lab0;
                      }
                      this.bra = this.cursor;
                      if (!(this.r_R2())) {
                        this.cursor = (this.limit - v_3);
                        break lab0;
                      }
                      this.slice_del();
                    }
                  } else {
                    if (!(this.r_R2())) {
                      return false;
                    }
                    this.slice_del();
                    v_4 = (this.limit - this.cursor);
                    lab0: {
                      this.ket = this.cursor;
                      if (!(this.eq_s_b("at"))) {
                        this.cursor = (this.limit - v_4);
                        break lab0;
                      }
                      this.bra = this.cursor;
                      if (!(this.r_R2())) {
                        this.cursor = (this.limit - v_4);
                        break lab0;
                      }
                      this.slice_del();
                      this.ket = this.cursor;
                      if (!(this.eq_s_b("ic"))) {
                        this.cursor = (this.limit - v_4);
                        break lab0;
                      }
                      this.bra = this.cursor;
                      if (!(this.r_R2())) {
                        this.cursor = (this.limit - v_4);
                        break lab0;
                      }
                      this.slice_del();
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return true;
  };
  P.r_verb_suffix = function () {
    var v_2;
    if ((this.cursor < this.I_pV)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_8) === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_vowel_suffix = function () {
    var v_1, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (!(this.in_grouping_b(C.g_AEIO))) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.bra = this.cursor;
      if (!(this.r_RV())) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.slice_del();
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "i"))) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if (!(this.r_RV())) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.slice_del();
    }
    v_2 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "h"))) {
        this.cursor = (this.limit - v_2);
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if (!(this.in_grouping_b(C.g_CG))) {
        this.cursor = (this.limit - v_2);
        break lab0;
      }
      if (!(this.r_RV())) {
        this.cursor = (this.limit - v_2);
        break lab0;
      }
      this.slice_del();
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_6, v_7, v_5;
    v_1 = this.cursor;
    this.r_elisions();
    this.cursor = v_1;
    v_2 = this.cursor;
    this.r_prelude();
    this.cursor = v_2;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = (this.limit - this.cursor);
    this.r_attached_pronoun();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    lab0: {
      while (true) {
        v_5 = (this.limit - this.cursor);
        lab1: {
          if (!(this.r_standard_suffix())) {
            break lab1;
          }
          break;
        }
        this.cursor = (this.limit - v_5);
        if (!(this.r_verb_suffix())) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = (this.limit - v_4);
    v_6 = (this.limit - this.cursor);
    this.r_vowel_suffix();
    this.cursor = (this.limit - v_6);
    this.cursor = this.limit_backward;
    v_7 = this.cursor;
    this.r_postlude();
    this.cursor = v_7;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "\u00e0", "\u00e8", "\u00ec", "\u00f2", "\u00f9"]);
  C.g_AEIO = P.g_AEIO = new Set(["a", "e", "i", "o", "\u00e0", "\u00e8", "\u00ec", "\u00f2"]);
  C.g_CG = P.g_CG = "cg";
  C.I_p2 = P.I_p2 = 0;
  C.I_p1 = P.I_p1 = 0;
  C.I_pV = P.I_pV = 0;
  C.a_0 = P.a_0 = [new Among("all'", -(1), -(1)), new Among("d'", -(1), -(1)), new Among("dall'", -(1), -(1)), new Among("dell'", -(1), -(1)), new Among("gl'", -(1), -(1)), new Among("l'", -(1), -(1)), new Among("m'", -(1), -(1)), new Among("nell'", -(1), -(1)), new Among("quell'", -(1), -(1)), new Among("quest'", -(1), -(1)), new Among("s'", -(1), -(1)), new Among("sull'", -(1), -(1)), new Among("t'", -(1), -(1)), new Among("tutt'", -(1), -(1)), new Among("un'", -(1), -(1)), new Among("v'", -(1), -(1))];
  C.a_1 = P.a_1 = [new Among("", -(1), 7), new Among("qu", 0, 6), new Among("\u00e1", 0, 1), new Among("\u00e9", 0, 2), new Among("\u00ed", 0, 3), new Among("\u00f3", 0, 4), new Among("\u00fa", 0, 5)];
  C.a_2 = P.a_2 = [new Among("", -(1), 3), new Among("I", 0, 1), new Among("U", 0, 2)];
  C.a_3 = P.a_3 = [new Among("la", -(1), -(1)), new Among("cela", 0, -(1)), new Among("gliela", 0, -(1)), new Among("mela", 0, -(1)), new Among("tela", 0, -(1)), new Among("vela", 0, -(1)), new Among("le", -(1), -(1)), new Among("cele", 6, -(1)), new Among("gliele", 6, -(1)), new Among("mele", 6, -(1)), new Among("tele", 6, -(1)), new Among("vele", 6, -(1)), new Among("ne", -(1), -(1)), new Among("cene", 12, -(1)), new Among("gliene", 12, -(1)), new Among("mene", 12, -(1)), new Among("sene", 12, -(1)), new Among("tene", 12, -(1)), new Among("vene", 12, -(1)), new Among("ci", -(1), -(1)), new Among("li", -(1), -(1)), new Among("celi", 20, -(1)), new Among("glieli", 20, -(1)), new Among("meli", 20, -(1)), new Among("teli", 20, -(1)), new Among("veli", 20, -(1)), new Among("gli", 20, -(1)), new Among("mi", -(1), -(1)), new Among("si", -(1), -(1)), new Among("ti", -(1), -(1)), new Among("vi", -(1), -(1)), new Among("lo", -(1), -(1)), new Among("celo", 31, -(1)), new Among("glielo", 31, -(1)), new Among("melo", 31, -(1)), new Among("telo", 31, -(1)), new Among("velo", 31, -(1))];
  C.a_4 = P.a_4 = [new Among("ando", -(1), 1), new Among("endo", -(1), 1), new Among("ar", -(1), 2), new Among("er", -(1), 2), new Among("ir", -(1), 2)];
  C.as_4 = P.as_4 = ["", "e"];
  C.a_5 = P.a_5 = [new Among("ic", -(1), -(1)), new Among("abil", -(1), -(1)), new Among("os", -(1), -(1)), new Among("iv", -(1), 1)];
  C.a_6 = P.a_6 = [new Among("ic", -(1), 1), new Among("abil", -(1), 1), new Among("iv", -(1), 1)];
  C.a_7 = P.a_7 = [new Among("ica", -(1), 1), new Among("logia", -(1), 3), new Among("osa", -(1), 1), new Among("ista", -(1), 1), new Among("iva", -(1), 9), new Among("anza", -(1), 1), new Among("enza", -(1), 5), new Among("ice", -(1), 1), new Among("atrice", 7, 1), new Among("iche", -(1), 1), new Among("logie", -(1), 3), new Among("abile", -(1), 1), new Among("ibile", -(1), 1), new Among("usione", -(1), 4), new Among("azione", -(1), 2), new Among("uzione", -(1), 4), new Among("atore", -(1), 2), new Among("ose", -(1), 1), new Among("ante", -(1), 1), new Among("mente", -(1), 1), new Among("amente", 19, 7), new Among("iste", -(1), 1), new Among("ive", -(1), 9), new Among("anze", -(1), 1), new Among("enze", -(1), 5), new Among("ici", -(1), 1), new Among("atrici", 25, 1), new Among("ichi", -(1), 1), new Among("abili", -(1), 1), new Among("ibili", -(1), 1), new Among("ismi", -(1), 1), new Among("usioni", -(1), 4), new Among("azioni", -(1), 2), new Among("uzioni", -(1), 4), new Among("atori", -(1), 2), new Among("osi", -(1), 1), new Among("anti", -(1), 1), new Among("amenti", -(1), 6), new Among("imenti", -(1), 6), new Among("isti", -(1), 1), new Among("ivi", -(1), 9), new Among("ico", -(1), 1), new Among("ismo", -(1), 1), new Among("oso", -(1), 1), new Among("amento", -(1), 6), new Among("imento", -(1), 6), new Among("ivo", -(1), 9), new Among("it\u00e0", -(1), 8), new Among("ist\u00e0", -(1), 1), new Among("ist\u00e8", -(1), 1), new Among("ist\u00ec", -(1), 1)];
  C.a_8 = P.a_8 = [new Among("isca", -(1), 1), new Among("enda", -(1), 1), new Among("ata", -(1), 1), new Among("ita", -(1), 1), new Among("uta", -(1), 1), new Among("ava", -(1), 1), new Among("eva", -(1), 1), new Among("iva", -(1), 1), new Among("erebbe", -(1), 1), new Among("irebbe", -(1), 1), new Among("isce", -(1), 1), new Among("ende", -(1), 1), new Among("are", -(1), 1), new Among("ere", -(1), 1), new Among("ire", -(1), 1), new Among("asse", -(1), 1), new Among("ate", -(1), 1), new Among("avate", 16, 1), new Among("evate", 16, 1), new Among("ivate", 16, 1), new Among("ete", -(1), 1), new Among("erete", 20, 1), new Among("irete", 20, 1), new Among("ite", -(1), 1), new Among("ereste", -(1), 1), new Among("ireste", -(1), 1), new Among("ute", -(1), 1), new Among("erai", -(1), 1), new Among("irai", -(1), 1), new Among("isci", -(1), 1), new Among("endi", -(1), 1), new Among("erei", -(1), 1), new Among("irei", -(1), 1), new Among("assi", -(1), 1), new Among("ati", -(1), 1), new Among("iti", -(1), 1), new Among("eresti", -(1), 1), new Among("iresti", -(1), 1), new Among("uti", -(1), 1), new Among("avi", -(1), 1), new Among("evi", -(1), 1), new Among("ivi", -(1), 1), new Among("isco", -(1), 1), new Among("ando", -(1), 1), new Among("endo", -(1), 1), new Among("Yamo", -(1), 1), new Among("iamo", -(1), 1), new Among("avamo", -(1), 1), new Among("evamo", -(1), 1), new Among("ivamo", -(1), 1), new Among("eremo", -(1), 1), new Among("iremo", -(1), 1), new Among("assimo", -(1), 1), new Among("ammo", -(1), 1), new Among("emmo", -(1), 1), new Among("eremmo", 54, 1), new Among("iremmo", 54, 1), new Among("immo", -(1), 1), new Among("ano", -(1), 1), new Among("iscano", 58, 1), new Among("avano", 58, 1), new Among("evano", 58, 1), new Among("ivano", 58, 1), new Among("eranno", -(1), 1), new Among("iranno", -(1), 1), new Among("ono", -(1), 1), new Among("iscono", 65, 1), new Among("arono", 65, 1), new Among("erono", 65, 1), new Among("irono", 65, 1), new Among("erebbero", -(1), 1), new Among("irebbero", -(1), 1), new Among("assero", -(1), 1), new Among("essero", -(1), 1), new Among("issero", -(1), 1), new Among("ato", -(1), 1), new Among("ito", -(1), 1), new Among("uto", -(1), 1), new Among("avo", -(1), 1), new Among("evo", -(1), 1), new Among("ivo", -(1), 1), new Among("ar", -(1), 1), new Among("ir", -(1), 1), new Among("er\u00e0", -(1), 1), new Among("ir\u00e0", -(1), 1), new Among("er\u00f2", -(1), 1), new Among("ir\u00f2", -(1), 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
