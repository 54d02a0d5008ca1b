/* The Snowball french stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.french = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_elisions = function () {
    this.bra = this.cursor;
    while (true) {
      lab0: {
        if (!(this.in_grouping(C.g_elision_char))) {
          break lab0;
        }
        break;
      }
      if (!(this.eq_s("qu"))) {
        return false;
      }
      break;
    }
    if (((this.cursor === this.limit) || (this.current[this.cursor] !== "'"))) {
      return false;
    }
    this.cursor += 1;
    this.ket = this.cursor;
    if ((this.cursor >= this.limit)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_prelude = function () {
    var v_1, v_2, v_3, v_4;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        while (true) {
          v_2 = this.cursor;
          lab1: {
            while (true) {
              v_3 = this.cursor;
              lab2: {
                if (!(this.in_grouping(C.g_v))) {
                  break lab2;
                }
                this.bra = this.cursor;
                while (true) {
                  v_4 = this.cursor;
                  lab3: {
                    if (((this.cursor === this.limit) || (this.current[this.cursor] !== "u"))) {
                      break lab3;
                    }
                    this.cursor += 1;
                    this.ket = this.cursor;
                    if (!(this.in_grouping(C.g_v))) {
                      break lab3;
                    }
                    this.slice_from("U");
                    break;
                  }
                  this.cursor = v_4;
                  lab3: {
                    if (((this.cursor === this.limit) || (this.current[this.cursor] !== "i"))) {
                      break lab3;
                    }
                    this.cursor += 1;
                    this.ket = this.cursor;
                    if (!(this.in_grouping(C.g_v))) {
                      break lab3;
                    }
                    this.slice_from("I");
                    break;
                  }
                  this.cursor = v_4;
                  if (((this.cursor === this.limit) || (this.current[this.cursor] !== "y"))) {
                    break lab2;
                  }
                  this.cursor += 1;
                  this.ket = this.cursor;
                  this.slice_from("Y");
                  break;
                }
                break;
              }
              this.cursor = v_3;
              lab2: {
                this.bra = this.cursor;
                if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u00eb"))) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                this.slice_from("He");
                break;
              }
              this.cursor = v_3;
              lab2: {
                this.bra = this.cursor;
                if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u00ef"))) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                this.slice_from("Hi");
                break;
              }
              this.cursor = v_3;
              lab2: {
                this.bra = this.cursor;
                if (((this.cursor === this.limit) || (this.current[this.cursor] !== "y"))) {
                  break lab2;
                }
                this.cursor += 1;
                this.ket = this.cursor;
                if (!(this.in_grouping(C.g_v))) {
                  break lab2;
                }
                this.slice_from("Y");
                break;
              }
              this.cursor = v_3;
              if (((this.cursor === this.limit) || (this.current[this.cursor] !== "q"))) {
                break lab1;
              }
              this.cursor += 1;
              this.bra = this.cursor;
              if (((this.cursor === this.limit) || (this.current[this.cursor] !== "u"))) {
                break lab1;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              this.slice_from("U");
              break;
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
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P.r_mark_regions = function () {
    var v_1, v_3, v_2, among_var;
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
          if (!(this.in_grouping(C.g_v))) {
            break lab1;
          }
          if ((this.cursor >= this.limit)) {
            break lab1;
          }
          this.cursor += 1;
          break;
        }
        this.cursor = v_2;
        lab1: {
          among_var = this.find_among(C.a_0);
          if ((among_var === 0)) {
            break lab1;
          }
          if ((among_var === 1)) {
            if (!(this.in_grouping(C.g_v))) {
              break lab1;
            }
          }
          break;
        }
        this.cursor = v_2;
        if ((this.cursor >= this.limit)) {
          break lab0;
        }
        this.cursor += 1;
        if (!(this.go_out_grouping(C.g_v))) {
          break lab0;
        }
        this.cursor += 1;
        break;
      }
      this.I_pV = this.cursor;
    }
    this.cursor = v_1;
    v_3 = this.cursor;
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
    this.cursor = v_3;
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
          this.slice_from("i");
        } else {
          if ((among_var === 2)) {
            this.slice_from("u");
          } else {
            if ((among_var === 3)) {
              this.slice_from("y");
            } else {
              if ((among_var === 4)) {
                this.slice_from("\u00eb");
              } else {
                if ((among_var === 5)) {
                  this.slice_from("\u00ef");
                } else {
                  if ((among_var === 6)) {
                    this.slice_del();
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
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P.r_RV = function () {
    return (this.I_pV <= this.cursor);
  };
  P.r_R1 = function () {
    return (this.I_p1 <= this.cursor);
  };
  P.r_R2 = function () {
    return (this.I_p2 <= this.cursor);
  };
  P.r_standard_suffix = function () {
    var among_var, v_1, v_2, v_3, v_5, v_8, v_4, v_6, v_9, v_7, v_10, v_11;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_4);
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
          while (true) {
            v_2 = (this.limit - this.cursor);
            lab1: {
              if (!(this.r_R2())) {
                break lab1;
              }
              this.slice_del();
              break;
            }
            this.cursor = (this.limit - v_2);
            this.slice_from("iqU");
            break;
          }
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
              this.slice_from("ent");
            } else {
              if ((among_var === 6)) {
                if (!(this.r_RV())) {
                  return false;
                }
                this.slice_del();
                v_3 = (this.limit - this.cursor);
                lab0: {
                  this.ket = this.cursor;
                  among_var = this.find_among_b(C.a_2);
                  if ((among_var === 0)) {
                    this.cursor = (this.limit - v_3);
                    break lab0;
                  }
                  this.bra = this.cursor;
                  if ((among_var === 1)) {
                    if (!(this.r_R2())) {
                      this.cursor = (this.limit - v_3);
                      break lab0;
                    }
                    this.slice_del();
                    this.ket = this.cursor;
                    if (!(this.eq_s_b("at"))) {
                      this.cursor = (this.limit - v_3);
                      break lab0;
                    }
                    this.bra = this.cursor;
                    if (!(this.r_R2())) {
                      this.cursor = (this.limit - v_3);
                      break lab0;
                    }
                    this.slice_del();
                  } else {
                    if ((among_var === 2)) {
                      while (true) {
                        v_4 = (this.limit - this.cursor);
                        lab1: {
                          if (!(this.r_R2())) {
                            break lab1;
                          }
                          this.slice_del();
                          break;
                        }
                        this.cursor = (this.limit - v_4);
                        if (!(this.r_R1())) {
                          this.cursor = (this.limit - v_3);
                          break lab0;
                        }
                        this.slice_from("eux");
                        break;
                      }
                    } else {
                      if ((among_var === 3)) {
                        if (!(this.r_R2())) {
                          this.cursor = (this.limit - v_3);
                          break lab0;
                        }
                        this.slice_del();
                      } else {
                        if (!(this.r_RV())) {
                          this.cursor = (this.limit - v_3);
                          break lab0;
                        }
                        this.slice_from("i");
                      }
                    }
                  }
                }
              } else {
                if ((among_var === 7)) {
                  if (!(this.r_R2())) {
                    return false;
                  }
                  this.slice_del();
                  v_5 = (this.limit - this.cursor);
                  lab0: {
                    this.ket = this.cursor;
                    among_var = this.find_among_b(C.a_3);
                    if ((among_var === 0)) {
                      this.cursor = (this.limit - v_5);
                      break lab0;
                    }
                    this.bra = this.cursor;
                    if ((among_var === 1)) {
                      while (true) {
                        v_6 = (this.limit - this.cursor);
                        lab1: {
                          if (!(this.r_R2())) {
                            break lab1;
                          }
                          this.slice_del();
                          break;
                        }
                        this.cursor = (this.limit - v_6);
                        this.slice_from("abl");
                        break;
                      }
                    } else {
                      if ((among_var === 2)) {
                        while (true) {
                          v_7 = (this.limit - this.cursor);
                          lab1: {
                            if (!(this.r_R2())) {
                              break lab1;
                            }
                            this.slice_del();
                            break;
                          }
                          this.cursor = (this.limit - v_7);
                          this.slice_from("iqU");
                          break;
                        }
                      } else {
                        if (!(this.r_R2())) {
                          this.cursor = (this.limit - v_5);
                          break lab0;
                        }
                        this.slice_del();
                      }
                    }
                  }
                } else {
                  if ((among_var === 8)) {
                    if (!(this.r_R2())) {
                      return false;
                    }
                    this.slice_del();
                    v_8 = (this.limit - this.cursor);
                    lab0: {
                      this.ket = this.cursor;
                      if (!(this.eq_s_b("at"))) {
                        this.cursor = (this.limit - v_8);
                        break lab0;
                      }
                      this.bra = this.cursor;
                      if (!(this.r_R2())) {
                        this.cursor = (this.limit - v_8);
                        break lab0;
                      }
                      this.slice_del();
                      this.ket = this.cursor;
                      if (!(this.eq_s_b("ic"))) {
                        this.cursor = (this.limit - v_8);
                        break lab0;
                      }
                      this.bra = this.cursor;
                      while (true) {
                        v_9 = (this.limit - this.cursor);
                        lab1: {
                          if (!(this.r_R2())) {
                            break lab1;
                          }
                          this.slice_del();
                          break;
                        }
                        this.cursor = (this.limit - v_9);
                        this.slice_from("iqU");
                        break;
                      }
                    }
                  } else {
                    if ((among_var === 9)) {
                      this.slice_from("eau");
                    } else {
                      if ((among_var === 10)) {
                        if (!(this.r_R1())) {
                          return false;
                        }
                        this.slice_from("al");
                      } else {
                        if ((among_var === 11)) {
                          if (!(this.in_grouping_b(C.g_oux_ending))) {
                            return false;
                          }
                          this.slice_from("ou");
                        } else {
                          if ((among_var === 12)) {
                            while (true) {
                              v_10 = (this.limit - this.cursor);
                              lab0: {
                                if (!(this.r_R2())) {
                                  break lab0;
                                }
                                this.slice_del();
                                break;
                              }
                              this.cursor = (this.limit - v_10);
                              if (!(this.r_R1())) {
                                return false;
                              }
                              this.slice_from("eux");
                              break;
                            }
                          } else {
                            if ((among_var === 13)) {
                              if (!(this.r_R1())) {
                                return false;
                              }
                              if (!(this.out_grouping_b(C.g_v))) {
                                return false;
                              }
                              this.slice_del();
                            } else {
                              if ((among_var === 14)) {
                                if (!(this.r_RV())) {
                                  return false;
                                }
                                this.slice_from("ant");
                                return false;
                              } else {
                                if ((among_var === 15)) {
                                  if (!(this.r_RV())) {
                                    return false;
                                  }
                                  this.slice_from("ent");
                                  return false;
                                } else {
                                  v_11 = (this.limit - this.cursor);
                                  if (!(this.in_grouping_b(C.g_v))) {
                                    return false;
                                  }
                                  if (!(this.r_RV())) {
                                    return false;
                                  }
                                  this.cursor = (this.limit - v_11);
                                  this.slice_del();
                                  return false;
                                }
                              }
                            }
                          }
                        }
                      }
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
  P.r_i_verb_suffix = function () {
    var v_2;
    if ((this.cursor < this.I_pV)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_5) === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    lab0: {
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "H"))) {
        break lab0;
      }
      this.cursor -= 1;
      this.limit_backward = v_2;
      return false;
    }
    if (!(this.out_grouping_b(C.g_v))) {
      this.limit_backward = v_2;
      return false;
    }
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  };
  P.r_verb_suffix = function () {
    var v_2, among_var, v_3, v_4;
    if ((this.cursor < this.I_pV)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_7);
    if ((among_var === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((among_var === 1)) {
      if (!(this.r_R2())) {
        return false;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        this.slice_del();
      } else {
        if ((among_var === 3)) {
          v_3 = (this.limit - this.cursor);
          lab0: {
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "e"))) {
              this.cursor = (this.limit - v_3);
              break lab0;
            }
            this.cursor -= 1;
            if (!(this.r_RV())) {
              this.cursor = (this.limit - v_3);
              break lab0;
            }
            this.bra = this.cursor;
          }
          this.slice_del();
        } else {
          v_4 = (this.limit - this.cursor);
          lab0: {
            among_var = this.find_among_b(C.a_6);
            if ((among_var === 0)) {
              break lab0;
            }
            if ((among_var === 1)) {
              if ((this.cursor <= this.limit_backward)) {
                break lab0;
              }
              this.cursor -= 1;
              if ((this.cursor > this.limit_backward)) {
                break lab0;
              }
            }
            return false;
          }
          this.cursor = (this.limit - v_4);
          this.slice_del();
        }
      }
    }
    return true;
  };
  P.r_residual_suffix = function () {
    var v_1, v_4, among_var, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "s"))) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      v_2 = (this.limit - this.cursor);
      while (true) {
        lab1: {
          if (!(this.eq_s_b("Hi"))) {
            break lab1;
          }
          break;
        }
        if (!(this.out_grouping_b(C.g_keep_with_s))) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_2);
      this.slice_del();
    }
    if ((this.cursor < this.I_pV)) {
      return false;
    }
    v_4 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_8);
    if ((among_var === 0)) {
      this.limit_backward = v_4;
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      if (!(this.r_R2())) {
        this.limit_backward = v_4;
        return false;
      }
      while (true) {
        lab0: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "s"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "t"))) {
          this.limit_backward = v_4;
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        this.slice_from("i");
      } else {
        this.slice_del();
      }
    }
    this.limit_backward = v_4;
    return true;
  };
  P.r_un_double = function () {
    var v_1;
    v_1 = (this.limit - this.cursor);
    if ((this.find_among_b(C.a_9) === 0)) {
      return false;
    }
    this.cursor = (this.limit - v_1);
    this.ket = this.cursor;
    if ((this.cursor <= this.limit_backward)) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_un_accent = function () {
    var v_1;
    v_1 = 1;
    while (true) {
      lab0: {
        if (!(this.out_grouping_b(C.g_v))) {
          break lab0;
        }
        v_1 -= 1;
        continue;
      }
      break;
    }
    if ((v_1 > 0)) {
      return false;
    }
    this.ket = this.cursor;
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00e9"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00e8"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.bra = this.cursor;
    this.slice_from("e");
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_9, v_10, v_11, v_4, v_5, v_7, v_6, v_8;
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
    lab0: {
      while (true) {
        v_4 = (this.limit - this.cursor);
        lab1: {
          v_5 = (this.limit - this.cursor);
          while (true) {
            v_6 = (this.limit - this.cursor);
            lab2: {
              if (!(this.r_standard_suffix())) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_6);
            lab2: {
              if (!(this.r_i_verb_suffix())) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_6);
            if (!(this.r_verb_suffix())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_5);
          v_7 = (this.limit - this.cursor);
          lab2: {
            this.ket = this.cursor;
            while (true) {
              v_8 = (this.limit - this.cursor);
              lab3: {
                if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "Y"))) {
                  break lab3;
                }
                this.cursor -= 1;
                this.bra = this.cursor;
                this.slice_from("i");
                break;
              }
              this.cursor = (this.limit - v_8);
              if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u00e7"))) {
                this.cursor = (this.limit - v_7);
                break lab2;
              }
              this.cursor -= 1;
              this.bra = this.cursor;
              this.slice_from("c");
              break;
            }
          }
          break;
        }
        this.cursor = (this.limit - v_4);
        if (!(this.r_residual_suffix())) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = (this.limit - v_3);
    v_9 = (this.limit - this.cursor);
    this.r_un_double();
    this.cursor = (this.limit - v_9);
    v_10 = (this.limit - this.cursor);
    this.r_un_accent();
    this.cursor = (this.limit - v_10);
    this.cursor = this.limit_backward;
    v_11 = this.cursor;
    this.r_postlude();
    this.cursor = v_11;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y", "\u00e0", "\u00e2", "\u00e8", "\u00e9", "\u00ea", "\u00eb", "\u00ee", "\u00ef", "\u00f4", "\u00f9", "\u00fb"]);
  C.g_oux_ending = P.g_oux_ending = new Set(["b", "h", "j", "l", "n", "p"]);
  C.g_elision_char = P.g_elision_char = new Set(["c", "d", "j", "l", "m", "n", "s", "t"]);
  C.g_keep_with_s = P.g_keep_with_s = new Set(["a", "i", "o", "s", "u", "\u00e8"]);
  C.I_p2 = P.I_p2 = 0;
  C.I_p1 = P.I_p1 = 0;
  C.I_pV = P.I_pV = 0;
  C.a_0 = P.a_0 = [new Among("col", -(1), -(1)), new Among("ni", -(1), 1), new Among("par", -(1), -(1)), new Among("tap", -(1), -(1))];
  C.a_1 = P.a_1 = [new Among("", -(1), 7), new Among("H", 0, 6), new Among("He", 1, 4), new Among("Hi", 1, 5), new Among("I", 0, 1), new Among("U", 0, 2), new Among("Y", 0, 3)];
  C.a_2 = P.a_2 = [new Among("iqU", -(1), 3), new Among("abl", -(1), 3), new Among("I\u00e8r", -(1), 4), new Among("i\u00e8r", -(1), 4), new Among("eus", -(1), 2), new Among("iv", -(1), 1)];
  C.a_3 = P.a_3 = [new Among("ic", -(1), 2), new Among("abil", -(1), 1), new Among("iv", -(1), 3)];
  C.a_4 = P.a_4 = [new Among("iqUe", -(1), 1), new Among("atrice", -(1), 2), new Among("ance", -(1), 1), new Among("ence", -(1), 5), new Among("logie", -(1), 3), new Among("able", -(1), 1), new Among("isme", -(1), 1), new Among("euse", -(1), 12), new Among("iste", -(1), 1), new Among("ive", -(1), 8), new Among("if", -(1), 8), new Among("usion", -(1), 4), new Among("ation", -(1), 2), new Among("ution", -(1), 4), new Among("ateur", -(1), 2), new Among("iqUes", -(1), 1), new Among("atrices", -(1), 2), new Among("ances", -(1), 1), new Among("ences", -(1), 5), new Among("logies", -(1), 3), new Among("ables", -(1), 1), new Among("ismes", -(1), 1), new Among("euses", -(1), 12), new Among("istes", -(1), 1), new Among("ives", -(1), 8), new Among("ifs", -(1), 8), new Among("usions", -(1), 4), new Among("ations", -(1), 2), new Among("utions", -(1), 4), new Among("ateurs", -(1), 2), new Among("ments", -(1), 16), new Among("ements", 30, 6), new Among("issements", 31, 13), new Among("it\u00e9s", -(1), 7), new Among("ment", -(1), 16), new Among("ement", 34, 6), new Among("issement", 35, 13), new Among("amment", 34, 14), new Among("emment", 34, 15), new Among("aux", -(1), 10), new Among("eaux", 39, 9), new Among("eux", -(1), 1), new Among("oux", -(1), 11), new Among("it\u00e9", -(1), 7)];
  C.a_5 = P.a_5 = [new Among("ira", -(1), 1), new Among("ie", -(1), 1), new Among("isse", -(1), 1), new Among("issante", -(1), 1), new Among("i", -(1), 1), new Among("irai", 4, 1), new Among("ir", -(1), 1), new Among("iras", -(1), 1), new Among("ies", -(1), 1), new Among("\u00eemes", -(1), 1), new Among("isses", -(1), 1), new Among("issantes", -(1), 1), new Among("\u00eetes", -(1), 1), new Among("is", -(1), 1), new Among("irais", 13, 1), new Among("issais", 13, 1), new Among("irions", -(1), 1), new Among("issions", -(1), 1), new Among("irons", -(1), 1), new Among("issons", -(1), 1), new Among("issants", -(1), 1), new Among("it", -(1), 1), new Among("irait", 21, 1), new Among("issait", 21, 1), new Among("issant", -(1), 1), new Among("iraIent", -(1), 1), new Among("issaIent", -(1), 1), new Among("irent", -(1), 1), new Among("issent", -(1), 1), new Among("iront", -(1), 1), new Among("\u00eet", -(1), 1), new Among("iriez", -(1), 1), new Among("issiez", -(1), 1), new Among("irez", -(1), 1), new Among("issez", -(1), 1)];
  C.a_6 = P.a_6 = [new Among("al", -(1), 1), new Among("\u00e9pl", -(1), -(1)), new Among("auv", -(1), -(1))];
  C.a_7 = P.a_7 = [new Among("a", -(1), 3), new Among("era", 0, 2), new Among("aise", -(1), 4), new Among("asse", -(1), 3), new Among("ante", -(1), 3), new Among("\u00e9e", -(1), 2), new Among("ai", -(1), 3), new Among("erai", 6, 2), new Among("er", -(1), 2), new Among("as", -(1), 3), new Among("eras", 9, 2), new Among("\u00e2mes", -(1), 3), new Among("aises", -(1), 4), new Among("asses", -(1), 3), new Among("antes", -(1), 3), new Among("\u00e2tes", -(1), 3), new Among("\u00e9es", -(1), 2), new Among("ais", -(1), 4), new Among("eais", 17, 2), new Among("erais", 17, 2), new Among("ions", -(1), 1), new Among("erions", 20, 2), new Among("assions", 20, 3), new Among("erons", -(1), 2), new Among("ants", -(1), 3), new Among("\u00e9s", -(1), 2), new Among("ait", -(1), 3), new Among("erait", 26, 2), new Among("ant", -(1), 3), new Among("aIent", -(1), 3), new Among("eraIent", 29, 2), new Among("\u00e8rent", -(1), 2), new Among("assent", -(1), 3), new Among("eront", -(1), 2), new Among("\u00e2t", -(1), 3), new Among("ez", -(1), 2), new Among("iez", 35, 2), new Among("eriez", 36, 2), new Among("assiez", 36, 3), new Among("erez", 35, 2), new Among("\u00e9", -(1), 2)];
  C.a_8 = P.a_8 = [new Among("e", -(1), 3), new Among("I\u00e8re", 0, 2), new Among("i\u00e8re", 0, 2), new Among("ion", -(1), 1), new Among("Ier", -(1), 2), new Among("ier", -(1), 2)];
  C.a_9 = P.a_9 = [new Among("ell", -(1), -(1)), new Among("eill", -(1), -(1)), new Among("enn", -(1), -(1)), new Among("onn", -(1), -(1)), new Among("ett", -(1), -(1))];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
