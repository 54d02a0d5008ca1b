/* The Snowball yiddish stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.yiddish = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_prelude = function () {
    var v_1, v_4, v_2, v_5, v_3, v_6, among_var;
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
              if ((among_var === 1)) {
                lab3: {
                  if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u05bc"))) {
                    break lab3;
                  }
                  this.cursor += 1;
                  break lab2;
                }
                this.slice_from("\u05f0");
              } else {
                if ((among_var === 2)) {
                  lab3: {
                    if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u05b4"))) {
                      break lab3;
                    }
                    this.cursor += 1;
                    break lab2;
                  }
                  this.slice_from("\u05f1");
                } else {
                  if ((among_var === 3)) {
                    lab3: {
                      if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u05b4"))) {
                        break lab3;
                      }
                      this.cursor += 1;
                      break lab2;
                    }
                    this.slice_from("\u05f2");
                  } else {
                    if ((among_var === 4)) {
                      this.slice_from("\u05db");
                    } else {
                      if ((among_var === 5)) {
                        this.slice_from("\u05de");
                      } else {
                        if ((among_var === 6)) {
                          this.slice_from("\u05e0");
                        } else {
                          if ((among_var === 7)) {
                            this.slice_from("\u05e4");
                          } else {
                            this.slice_from("\u05e6");
                          }
                        }
                      }
                    }
                  }
                }
              }
              this.cursor = v_3;
              break;
            }
            this.cursor = v_3;
            if ((this.cursor >= this.limit)) {
              break lab1;
            }
            this.cursor += 1;
          }
          continue;
        }
        this.cursor = v_2;
        break;
      }
    }
    this.cursor = v_1;
    v_4 = this.cursor;
    lab0: {
      while (true) {
        v_5 = this.cursor;
        lab1: {
          while (true) {
            v_6 = this.cursor;
            lab2: {
              this.bra = this.cursor;
              if (!(this.in_grouping(C.g_niked))) {
                break lab2;
              }
              this.ket = this.cursor;
              this.slice_del();
              this.cursor = v_6;
              break;
            }
            this.cursor = v_6;
            if ((this.cursor >= this.limit)) {
              break lab1;
            }
            this.cursor += 1;
          }
          continue;
        }
        this.cursor = v_5;
        break;
      }
    }
    this.cursor = v_4;
    return true;
  };
  P.r_mark_regions = function () {
    var v_1, v_3, v_7, I_x, v_8, v_9, v_2, v_4, v_5, v_6;
    this.I_p1 = this.limit;
    v_1 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      if (!(this.eq_s("\u05d2\u05e2"))) {
        this.cursor = v_1;
        break lab0;
      }
      this.ket = this.cursor;
      v_2 = this.cursor;
      lab1: {
        while (true) {
          lab2: {
            if (!(this.eq_s("\u05dc\u05d8"))) {
              break lab2;
            }
            break;
          }
          lab2: {
            if (!(this.eq_s("\u05d1\u05e0"))) {
              break lab2;
            }
            break;
          }
          if ((this.cursor < this.limit)) {
            break lab1;
          }
          break;
        }
        this.cursor = v_1;
        break lab0;
      }
      this.cursor = v_2;
      this.slice_from("GE");
    }
    v_3 = this.cursor;
    lab0: {
      if ((this.find_among(C.a_1) === 0)) {
        this.cursor = v_3;
        break lab0;
      }
      while (true) {
        v_4 = this.cursor;
        lab1: {
          v_5 = this.cursor;
          while (true) {
            lab2: {
              if (!(this.eq_s("\u05e6\u05d5\u05d2\u05e0"))) {
                break lab2;
              }
              break;
            }
            lab2: {
              if (!(this.eq_s("\u05e6\u05d5\u05e7\u05d8"))) {
                break lab2;
              }
              break;
            }
            if (!(this.eq_s("\u05e6\u05d5\u05e7\u05e0"))) {
              break lab1;
            }
            break;
          }
          if ((this.cursor < this.limit)) {
            break lab1;
          }
          this.cursor = v_5;
          break;
        }
        this.cursor = v_4;
        lab1: {
          v_6 = this.cursor;
          if (!(this.eq_s("\u05d2\u05e2\u05d1\u05e0"))) {
            break lab1;
          }
          this.cursor = v_6;
          break;
        }
        this.cursor = v_4;
        lab1: {
          this.bra = this.cursor;
          if (!(this.eq_s("\u05d2\u05e2"))) {
            break lab1;
          }
          this.ket = this.cursor;
          this.slice_from("GE");
          break;
        }
        this.cursor = v_4;
        this.bra = this.cursor;
        if (!(this.eq_s("\u05e6\u05d5"))) {
          this.cursor = v_3;
          break lab0;
        }
        this.ket = this.cursor;
        this.slice_from("TSU");
        break;
      }
    }
    v_7 = this.cursor;
    if (((this.cursor + 3) > this.limit)) {
      return false;
    }
    this.cursor += 3;
    I_x = this.cursor;
    this.cursor = v_7;
    v_8 = this.cursor;
    lab0: {
      if ((this.find_among(C.a_2) === 0)) {
        this.cursor = v_8;
        break lab0;
      }
    }
    v_9 = this.cursor;
    lab0: {
      if (!(this.in_grouping(C.g_consonant))) {
        break lab0;
      }
      if (!(this.in_grouping(C.g_consonant))) {
        break lab0;
      }
      if (!(this.in_grouping(C.g_consonant))) {
        break lab0;
      }
      this.I_p1 = this.cursor;
      return false;
    }
    this.cursor = v_9;
    if (!(this.go_out_grouping(C.g_vowel))) {
      return false;
    }
    this.cursor += 1;
    if (!(this.go_in_grouping(C.g_vowel))) {
      return false;
    }
    this.I_p1 = this.cursor;
    lab0: {
      if ((this.I_p1 >= I_x)) {
        break lab0;
      }
      this.I_p1 = I_x;
    }
    return true;
  };
  P.r_R1 = function () {
    return (this.I_p1 <= this.cursor);
  };
  P.r_standard_suffix = function () {
    var v_1, v_6, v_7, v_8, among_var, v_9, v_10, v_3, v_2, v_4, v_5;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_4);
      if ((among_var === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if ((among_var === 1)) {
        if (!(this.r_R1())) {
          break lab0;
        }
        this.slice_del();
      } else {
        if ((among_var === 2)) {
          if (!(this.r_R1())) {
            break lab0;
          }
          this.slice_from("\u05d9\u05e2");
        } else {
          if ((among_var === 3)) {
            if (!(this.r_R1())) {
              break lab0;
            }
            this.slice_del();
            this.ket = this.cursor;
            among_var = this.find_among_b(C.a_3);
            if ((among_var === 0)) {
              break lab0;
            }
            this.bra = this.cursor;
            this.slice_from(C.as_3[(among_var - 1)]);
          } else {
            if ((among_var === 4)) {
              while (true) {
                v_2 = (this.limit - this.cursor);
                lab1: {
                  if (!(this.r_R1())) {
                    break lab1;
                  }
                  this.slice_del();
                  break;
                }
                this.cursor = (this.limit - v_2);
                this.slice_from("\u05d8");
                break;
              }
              this.ket = this.cursor;
              if (!(this.eq_s_b("\u05d1\u05e8\u05d0\u05db"))) {
                break lab0;
              }
              v_3 = (this.limit - this.cursor);
              lab1: {
                if (!(this.eq_s_b("\u05d2\u05e2"))) {
                  this.cursor = (this.limit - v_3);
                  break lab1;
                }
              }
              this.bra = this.cursor;
              this.slice_from("\u05d1\u05e8\u05e2\u05e0\u05d2");
            } else {
              if ((among_var === 5)) {
                this.slice_from("\u05d2\u05f2");
              } else {
                if ((among_var === 6)) {
                  this.slice_from("\u05e0\u05e2\u05de");
                } else {
                  if ((among_var === 7)) {
                    this.slice_from("\u05e9\u05e8\u05f2\u05d1");
                  } else {
                    if ((among_var === 8)) {
                      this.slice_from("\u05de\u05f2\u05d3");
                    } else {
                      if ((among_var === 9)) {
                        this.slice_from("\u05d1\u05f2\u05d8");
                      } else {
                        if ((among_var === 10)) {
                          this.slice_from("\u05d1\u05f2\u05e1");
                        } else {
                          if ((among_var === 11)) {
                            this.slice_from("\u05f0\u05f2\u05d6");
                          } else {
                            if ((among_var === 12)) {
                              this.slice_from("\u05d8\u05e8\u05f2\u05d1");
                            } else {
                              if ((among_var === 13)) {
                                this.slice_from("\u05dc\u05f2\u05d8");
                              } else {
                                if ((among_var === 14)) {
                                  this.slice_from("\u05e7\u05dc\u05f2\u05d1");
                                } else {
                                  if ((among_var === 15)) {
                                    this.slice_from("\u05e8\u05f2\u05d1");
                                  } else {
                                    if ((among_var === 16)) {
                                      this.slice_from("\u05e8\u05f2\u05e1");
                                    } else {
                                      if ((among_var === 17)) {
                                        this.slice_from("\u05e9\u05f0\u05f2\u05d2");
                                      } else {
                                        if ((among_var === 18)) {
                                          this.slice_from("\u05e9\u05de\u05f2\u05e1");
                                        } else {
                                          if ((among_var === 19)) {
                                            this.slice_from("\u05e9\u05e0\u05f2\u05d3");
                                          } else {
                                            if ((among_var === 20)) {
                                              this.slice_from("\u05d1\u05d9\u05e0\u05d3");
                                            } else {
                                              if ((among_var === 21)) {
                                                this.slice_from("\u05f0\u05d9\u05d8\u05e9");
                                              } else {
                                                if ((among_var === 22)) {
                                                  this.slice_from("\u05d6\u05d9\u05e0\u05d2");
                                                } else {
                                                  if ((among_var === 23)) {
                                                    this.slice_from("\u05d8\u05e8\u05d9\u05e0\u05e7");
                                                  } else {
                                                    if ((among_var === 24)) {
                                                      this.slice_from("\u05e6\u05f0\u05d9\u05e0\u05d2");
                                                    } else {
                                                      if ((among_var === 25)) {
                                                        this.slice_from("\u05e9\u05dc\u05d9\u05e0\u05d2");
                                                      } else {
                                                        if ((among_var === 26)) {
                                                          this.slice_from("\u05d1\u05f2\u05d2");
                                                        } else {
                                                          if ((among_var === 27)) {
                                                            this.slice_from("\u05d4\u05f2\u05d1");
                                                          } else {
                                                            if ((among_var === 28)) {
                                                              this.slice_from("\u05e4\u05d0\u05e8\u05dc\u05d9\u05e8");
                                                            } else {
                                                              if ((among_var === 29)) {
                                                                this.slice_from("\u05e9\u05d8\u05f2");
                                                              } else {
                                                                if ((among_var === 30)) {
                                                                  this.slice_from("\u05e9\u05f0\u05e2\u05e8");
                                                                } else {
                                                                  if ((among_var === 31)) {
                                                                    this.slice_from("\u05d1\u05e8\u05e2\u05e0\u05d2");
                                                                  } else {
                                                                    if ((among_var === 32)) {
                                                                      if (!(this.r_R1())) {
                                                                        break lab0;
                                                                      }
                                                                      this.slice_from("\u05d4");
                                                                    } else {
                                                                      if ((among_var === 33)) {
                                                                        while (true) {
                                                                          v_4 = (this.limit - this.cursor);
                                                                          lab1: {
                                                                            while (true) {
                                                                              lab2: {
                                                                                if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u05d2"))) {
                                                                                  break lab2;
                                                                                }
                                                                                this.cursor -= 1;
                                                                                break;
                                                                              }
                                                                              if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u05e9"))) {
                                                                                break lab1;
                                                                              }
                                                                              this.cursor -= 1;
                                                                              break;
                                                                            }
                                                                            v_5 = (this.limit - this.cursor);
                                                                            lab2: {
                                                                              if ((this.I_p1 > (this.cursor + 3))) {
                                                                                this.cursor = (this.limit - v_5);
                                                                                break lab2;
                                                                              }
                                                                              this.slice_from("\u05d9\u05e1");
                                                                            }
                                                                            break;
                                                                          }
                                                                          this.cursor = (this.limit - v_4);
                                                                          if (!(this.r_R1())) {
                                                                            break lab0;
                                                                          }
                                                                          this.slice_del();
                                                                          break;
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
            }
          }
        }
      }
    }
    this.cursor = (this.limit - v_1);
    v_6 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_5);
      if ((among_var === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if ((among_var === 1)) {
        if (!(this.r_R1())) {
          break lab0;
        }
        this.slice_del();
      } else {
        if (!(this.r_R1())) {
          break lab0;
        }
        if (!(this.in_grouping_b(C.g_consonant))) {
          break lab0;
        }
        this.slice_del();
      }
    }
    this.cursor = (this.limit - v_6);
    v_7 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_6);
      if ((among_var === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      if ((among_var === 1)) {
        if (!(this.r_R1())) {
          break lab0;
        }
        this.slice_del();
      }
    }
    this.cursor = (this.limit - v_7);
    v_8 = (this.limit - this.cursor);
    lab0: {
      while (true) {
        v_9 = (this.limit - this.cursor);
        lab1: {
          while (true) {
            v_10 = (this.limit - this.cursor);
            lab2: {
              this.ket = this.cursor;
              while (true) {
                lab3: {
                  if (!(this.eq_s_b("GE"))) {
                    break lab3;
                  }
                  break;
                }
                if (!(this.eq_s_b("TSU"))) {
                  break lab2;
                }
                break;
              }
              this.bra = this.cursor;
              this.slice_del();
              this.cursor = (this.limit - v_10);
              break;
            }
            this.cursor = (this.limit - v_10);
            if ((this.cursor <= this.limit_backward)) {
              break lab1;
            }
            this.cursor -= 1;
          }
          continue;
        }
        this.cursor = (this.limit - v_9);
        break;
      }
    }
    this.cursor = (this.limit - v_8);
    return true;
  };
  P._stem = function () {
    var v_1;
    this.r_prelude();
    v_1 = this.cursor;
    this.r_mark_regions();
    this.cursor = v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.r_standard_suffix();
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_niked = P.g_niked = new Set(["\u05b0", "\u05b1", "\u05b2", "\u05b3", "\u05b4", "\u05b5", "\u05b6", "\u05b7", "\u05b8", "\u05b9", "\u05bb", "\u05bc", "\u05bf", "\u05c1", "\u05c2"]);
  C.g_vowel = P.g_vowel = new Set(["\u05d0", "\u05d5", "\u05d9", "\u05e2", "\u05f1", "\u05f2"]);
  C.g_consonant = P.g_consonant = new Set(["\u05d1", "\u05d2", "\u05d3", "\u05d4", "\u05d6", "\u05d7", "\u05d8", "\u05da", "\u05db", "\u05dc", "\u05dd", "\u05de", "\u05df", "\u05e0", "\u05e1", "\u05e3", "\u05e4", "\u05e5", "\u05e6", "\u05e7", "\u05e8", "\u05e9", "\u05ea", "\u05f0"]);
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("\u05d5\u05d5", -(1), 1), new Among("\u05d5\u05d9", -(1), 2), new Among("\u05d9\u05d9", -(1), 3), new Among("\u05da", -(1), 4), new Among("\u05dd", -(1), 5), new Among("\u05df", -(1), 6), new Among("\u05e3", -(1), 7), new Among("\u05e5", -(1), 8)];
  C.a_1 = P.a_1 = [new Among("\u05d0\u05d3\u05d5\u05e8\u05db", -(1), 1), new Among("\u05d0\u05d4\u05d9\u05e0", -(1), 1), new Among("\u05d0\u05d4\u05e2\u05e8", -(1), 1), new Among("\u05d0\u05d4\u05f2\u05de", -(1), 1), new Among("\u05d0\u05d5\u05de", -(1), 1), new Among("\u05d0\u05d5\u05e0\u05d8\u05e2\u05e8", -(1), 1), new Among("\u05d0\u05d9\u05d1\u05e2\u05e8", -(1), 1), new Among("\u05d0\u05e0", -(1), 1), new Among("\u05d0\u05e0\u05d8", 7, 1), new Among("\u05d0\u05e0\u05d8\u05e7\u05e2\u05d2\u05e0", 8, 1), new Among("\u05d0\u05e0\u05d9\u05d3\u05e2\u05e8", 7, 1), new Among("\u05d0\u05e4", -(1), 1), new Among("\u05d0\u05e4\u05d9\u05e8", 11, 1), new Among("\u05d0\u05e7\u05e2\u05d2\u05e0", -(1), 1), new Among("\u05d0\u05e8\u05d0\u05e4", -(1), 1), new Among("\u05d0\u05e8\u05d5\u05de", -(1), 1), new Among("\u05d0\u05e8\u05d5\u05e0\u05d8\u05e2\u05e8", -(1), 1), new Among("\u05d0\u05e8\u05d9\u05d1\u05e2\u05e8", -(1), 1), new Among("\u05d0\u05e8\u05f1\u05e1", -(1), 1), new Among("\u05d0\u05e8\u05f1\u05e4", -(1), 1), new Among("\u05d0\u05e8\u05f2\u05e0", -(1), 1), new Among("\u05d0\u05f0\u05e2\u05e7", -(1), 1), new Among("\u05d0\u05f1\u05e1", -(1), 1), new Among("\u05d0\u05f1\u05e4", -(1), 1), new Among("\u05d0\u05f2\u05e0", -(1), 1), new Among("\u05d1\u05d0", -(1), 1), new Among("\u05d1\u05f2", -(1), 1), new Among("\u05d3\u05d5\u05e8\u05db", -(1), 1), new Among("\u05d3\u05e2\u05e8", -(1), 1), new Among("\u05de\u05d9\u05d8", -(1), 1), new Among("\u05e0\u05d0\u05db", -(1), 1), new Among("\u05e4\u05d0\u05e8", -(1), 1), new Among("\u05e4\u05d0\u05e8\u05d1\u05f2", 31, 1), new Among("\u05e4\u05d0\u05e8\u05f1\u05e1", 31, 1), new Among("\u05e4\u05d5\u05e0\u05d0\u05e0\u05d3\u05e2\u05e8", -(1), 1), new Among("\u05e6\u05d5", -(1), 1), new Among("\u05e6\u05d5\u05d6\u05d0\u05de\u05e2\u05e0", 35, 1), new Among("\u05e6\u05d5\u05e0\u05f1\u05e4", 35, 1), new Among("\u05e6\u05d5\u05e8\u05d9\u05e7", 35, 1), new Among("\u05e6\u05e2", -(1), 1)];
  C.a_2 = P.a_2 = [new Among("\u05d3\u05d6\u05e9", -(1), -(1)), new Among("\u05e9\u05d8\u05e8", -(1), -(1)), new Among("\u05e9\u05d8\u05e9", -(1), -(1)), new Among("\u05e9\u05e4\u05e8", -(1), -(1))];
  C.a_3 = P.a_3 = [new Among("\u05e7\u05dc\u05d9\u05d1", -(1), 9), new Among("\u05e8\u05d9\u05d1", -(1), 10), new Among("\u05d8\u05e8\u05d9\u05d1", 1, 7), new Among("\u05e9\u05e8\u05d9\u05d1", 1, 15), new Among("\u05d4\u05f1\u05d1", -(1), 23), new Among("\u05e9\u05f0\u05d9\u05d2", -(1), 12), new Among("\u05d2\u05d0\u05e0\u05d2", -(1), 1), new Among("\u05d6\u05d5\u05e0\u05d2", -(1), 18), new Among("\u05e9\u05dc\u05d5\u05e0\u05d2", -(1), 21), new Among("\u05e6\u05f0\u05d5\u05e0\u05d2", -(1), 20), new Among("\u05d1\u05f1\u05d2", -(1), 22), new Among("\u05d1\u05d5\u05e0\u05d3", -(1), 16), new Among("\u05f0\u05d9\u05d6", -(1), 6), new Among("\u05d1\u05d9\u05d8", -(1), 4), new Among("\u05dc\u05d9\u05d8", -(1), 8), new Among("\u05de\u05d9\u05d8", -(1), 3), new Among("\u05e9\u05e0\u05d9\u05d8", -(1), 14), new Among("\u05e0\u05d5\u05de", -(1), 2), new Among("\u05e9\u05d8\u05d0\u05e0", -(1), 25), new Among("\u05d1\u05d9\u05e1", -(1), 5), new Among("\u05e9\u05de\u05d9\u05e1", -(1), 13), new Among("\u05e8\u05d9\u05e1", -(1), 11), new Among("\u05d8\u05e8\u05d5\u05e0\u05e7", -(1), 19), new Among("\u05e4\u05d0\u05e8\u05dc\u05f1\u05e8", -(1), 24), new Among("\u05e9\u05f0\u05f1\u05e8", -(1), 26), new Among("\u05f0\u05d5\u05d8\u05e9", -(1), 17)];
  C.as_3 = P.as_3 = ["\u05d2\u05f2", "\u05e0\u05e2\u05de", "\u05de\u05f2\u05d3", "\u05d1\u05f2\u05d8", "\u05d1\u05f2\u05e1", "\u05f0\u05f2\u05d6", "\u05d8\u05e8\u05f2\u05d1", "\u05dc\u05f2\u05d8", "\u05e7\u05dc\u05f2\u05d1", "\u05e8\u05f2\u05d1", "\u05e8\u05f2\u05e1", "\u05e9\u05f0\u05f2\u05d2", "\u05e9\u05de\u05f2\u05e1", "\u05e9\u05e0\u05f2\u05d3", "\u05e9\u05e8\u05f2\u05d1", "\u05d1\u05d9\u05e0\u05d3", "\u05f0\u05d9\u05d8\u05e9", "\u05d6\u05d9\u05e0\u05d2", "\u05d8\u05e8\u05d9\u05e0\u05e7", "\u05e6\u05f0\u05d9\u05e0\u05d2", "\u05e9\u05dc\u05d9\u05e0\u05d2", "\u05d1\u05f2\u05d2", "\u05d4\u05f2\u05d1", "\u05e4\u05d0\u05e8\u05dc\u05d9\u05e8", "\u05e9\u05d8\u05f2", "\u05e9\u05f0\u05e2\u05e8"];
  C.a_4 = P.a_4 = [new Among("\u05d5\u05e0\u05d2", -(1), 1), new Among("\u05e1\u05d8\u05d5", -(1), 1), new Among("\u05d8", -(1), 1), new Among("\u05d1\u05e8\u05d0\u05db\u05d8", 2, 31), new Among("\u05e1\u05d8", 2, 1), new Among("\u05d9\u05e1\u05d8", 4, 33), new Among("\u05e2\u05d8", 2, 1), new Among("\u05e9\u05d0\u05e4\u05d8", 2, 1), new Among("\u05d4\u05f2\u05d8", 2, 1), new Among("\u05e7\u05f2\u05d8", 2, 1), new Among("\u05d9\u05e7\u05f2\u05d8", 9, 1), new Among("\u05dc\u05e2\u05db", -(1), 1), new Among("\u05e2\u05dc\u05e2\u05db", 11, 1), new Among("\u05d9\u05d6\u05de", -(1), 1), new Among("\u05d9\u05de", -(1), 1), new Among("\u05e2\u05de", -(1), 1), new Among("\u05e2\u05e0\u05e2\u05de", 15, 3), new Among("\u05d8\u05e2\u05e0\u05e2\u05de", 16, 4), new Among("\u05e0", -(1), 1), new Among("\u05e7\u05dc\u05d9\u05d1\u05e0", 18, 14), new Among("\u05e8\u05d9\u05d1\u05e0", 18, 15), new Among("\u05d8\u05e8\u05d9\u05d1\u05e0", 20, 12), new Among("\u05e9\u05e8\u05d9\u05d1\u05e0", 20, 7), new Among("\u05d4\u05f1\u05d1\u05e0", 18, 27), new Among("\u05e9\u05f0\u05d9\u05d2\u05e0", 18, 17), new Among("\u05d6\u05d5\u05e0\u05d2\u05e0", 18, 22), new Among("\u05e9\u05dc\u05d5\u05e0\u05d2\u05e0", 18, 25), new Among("\u05e6\u05f0\u05d5\u05e0\u05d2\u05e0", 18, 24), new Among("\u05d1\u05f1\u05d2\u05e0", 18, 26), new Among("\u05d1\u05d5\u05e0\u05d3\u05e0", 18, 20), new Among("\u05f0\u05d9\u05d6\u05e0", 18, 11), new Among("\u05d8\u05e0", 18, 4), new Among("GE\u05d1\u05d9\u05d8\u05e0", 31, 9), new Among("GE\u05dc\u05d9\u05d8\u05e0", 31, 13), new Among("GE\u05de\u05d9\u05d8\u05e0", 31, 8), new Among("\u05e9\u05e0\u05d9\u05d8\u05e0", 31, 19), new Among("\u05e1\u05d8\u05e0", 31, 1), new Among("\u05d9\u05e1\u05d8\u05e0", 36, 1), new Among("\u05e2\u05d8\u05e0", 31, 1), new Among("GE\u05d1\u05d9\u05e1\u05e0", 18, 10), new Among("\u05e9\u05de\u05d9\u05e1\u05e0", 18, 18), new Among("GE\u05e8\u05d9\u05e1\u05e0", 18, 16), new Among("\u05e2\u05e0", 18, 1), new Among("\u05d2\u05d0\u05e0\u05d2\u05e2\u05e0", 42, 5), new Among("\u05e2\u05dc\u05e2\u05e0", 42, 1), new Among("\u05e0\u05d5\u05de\u05e2\u05e0", 42, 6), new Among("\u05d9\u05d6\u05de\u05e2\u05e0", 42, 1), new Among("\u05e9\u05d8\u05d0\u05e0\u05e2\u05e0", 42, 29), new Among("\u05d8\u05e8\u05d5\u05e0\u05e7\u05e0", 18, 23), new Among("\u05e4\u05d0\u05e8\u05dc\u05f1\u05e8\u05e0", 18, 28), new Among("\u05e9\u05f0\u05f1\u05e8\u05e0", 18, 30), new Among("\u05f0\u05d5\u05d8\u05e9\u05e0", 18, 21), new Among("\u05d2\u05f2\u05e0", 18, 5), new Among("\u05e1", -(1), 1), new Among("\u05d8\u05e1", 53, 4), new Among("\u05e2\u05d8\u05e1", 54, 1), new Among("\u05e0\u05e1", 53, 1), new Among("\u05d8\u05e0\u05e1", 56, 4), new Among("\u05e2\u05e0\u05e1", 56, 3), new Among("\u05e2\u05e1", 53, 1), new Among("\u05d9\u05e2\u05e1", 59, 2), new Among("\u05e2\u05dc\u05e2\u05e1", 59, 1), new Among("\u05e2\u05e8\u05e1", 53, 1), new Among("\u05e2\u05e0\u05e2\u05e8\u05e1", 62, 1), new Among("\u05e2", -(1), 1), new Among("\u05d8\u05e2", 64, 4), new Among("\u05e1\u05d8\u05e2", 65, 1), new Among("\u05e2\u05d8\u05e2", 65, 1), new Among("\u05d9\u05e2", 64, -(1)), new Among("\u05e2\u05dc\u05e2", 64, 1), new Among("\u05e2\u05e0\u05e2", 64, 3), new Among("\u05d8\u05e2\u05e0\u05e2", 70, 4), new Among("\u05e2\u05e8", -(1), 1), new Among("\u05d8\u05e2\u05e8", 72, 4), new Among("\u05e1\u05d8\u05e2\u05e8", 73, 1), new Among("\u05e2\u05d8\u05e2\u05e8", 73, 1), new Among("\u05e2\u05e0\u05e2\u05e8", 72, 3), new Among("\u05d8\u05e2\u05e0\u05e2\u05e8", 76, 4), new Among("\u05d5\u05ea", -(1), 32)];
  C.a_5 = P.a_5 = [new Among("\u05d5\u05e0\u05d2", -(1), 1), new Among("\u05e9\u05d0\u05e4\u05d8", -(1), 1), new Among("\u05d4\u05f2\u05d8", -(1), 1), new Among("\u05e7\u05f2\u05d8", -(1), 1), new Among("\u05d9\u05e7\u05f2\u05d8", 3, 1), new Among("\u05dc", -(1), 2)];
  C.a_6 = P.a_6 = [new Among("\u05d9\u05d2", -(1), 1), new Among("\u05d9\u05e7", -(1), 1), new Among("\u05d3\u05d9\u05e7", 1, 1), new Among("\u05e0\u05d3\u05d9\u05e7", 2, 1), new Among("\u05e2\u05e0\u05d3\u05d9\u05e7", 3, 1), new Among("\u05d1\u05dc\u05d9\u05e7", 1, -(1)), new Among("\u05d2\u05dc\u05d9\u05e7", 1, -(1)), new Among("\u05e0\u05d9\u05e7", 1, 1), new Among("\u05d9\u05e9", -(1), 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
