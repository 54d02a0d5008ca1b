/* The Snowball greek stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.greek = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_tolower = function () {
    var v_1, among_var;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(C.a_0);
        this.bra = this.cursor;
        if ((among_var === 1)) {
          this.slice_from("\u03b1");
        } else {
          if ((among_var === 2)) {
            this.slice_from("\u03b2");
          } else {
            if ((among_var === 3)) {
              this.slice_from("\u03b3");
            } else {
              if ((among_var === 4)) {
                this.slice_from("\u03b4");
              } else {
                if ((among_var === 5)) {
                  this.slice_from("\u03b5");
                } else {
                  if ((among_var === 6)) {
                    this.slice_from("\u03b6");
                  } else {
                    if ((among_var === 7)) {
                      this.slice_from("\u03b7");
                    } else {
                      if ((among_var === 8)) {
                        this.slice_from("\u03b8");
                      } else {
                        if ((among_var === 9)) {
                          this.slice_from("\u03b9");
                        } else {
                          if ((among_var === 10)) {
                            this.slice_from("\u03ba");
                          } else {
                            if ((among_var === 11)) {
                              this.slice_from("\u03bb");
                            } else {
                              if ((among_var === 12)) {
                                this.slice_from("\u03bc");
                              } else {
                                if ((among_var === 13)) {
                                  this.slice_from("\u03bd");
                                } else {
                                  if ((among_var === 14)) {
                                    this.slice_from("\u03be");
                                  } else {
                                    if ((among_var === 15)) {
                                      this.slice_from("\u03bf");
                                    } else {
                                      if ((among_var === 16)) {
                                        this.slice_from("\u03c0");
                                      } else {
                                        if ((among_var === 17)) {
                                          this.slice_from("\u03c1");
                                        } else {
                                          if ((among_var === 18)) {
                                            this.slice_from("\u03c3");
                                          } else {
                                            if ((among_var === 19)) {
                                              this.slice_from("\u03c4");
                                            } else {
                                              if ((among_var === 20)) {
                                                this.slice_from("\u03c5");
                                              } else {
                                                if ((among_var === 21)) {
                                                  this.slice_from("\u03c6");
                                                } else {
                                                  if ((among_var === 22)) {
                                                    this.slice_from("\u03c7");
                                                  } else {
                                                    if ((among_var === 23)) {
                                                      this.slice_from("\u03c8");
                                                    } else {
                                                      if ((among_var === 24)) {
                                                        this.slice_from("\u03c9");
                                                      } else {
                                                        if ((this.cursor <= this.limit_backward)) {
                                                          break lab0;
                                                        }
                                                        this.cursor -= 1;
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
        continue;
      }
      this.cursor = (this.limit - v_1);
      break;
    }
    return true;
  };
  P.r_step_1 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_1);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(C.as_1[(among_var - 1)]);
    this.B_test1 = false;
    return true;
  };
  P.r_step_s1 = function () {
    var among_var;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_3) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    among_var = this.find_among_b(C.a_2);
    if ((among_var === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from(C.as_2[(among_var - 1)]);
    return true;
  };
  P.r_step_s2 = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_5) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_4) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03c9\u03bd");
    return true;
  };
  P.r_step_s3 = function () {
    var among_var, v_1;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (!(this.eq_s_b("\u03b9\u03c3\u03b1"))) {
          break lab0;
        }
        this.bra = this.cursor;
        if ((this.cursor > this.limit_backward)) {
          break lab0;
        }
        this.slice_from("\u03b9\u03c3");
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      break;
    }
    if ((this.find_among_b(C.a_7) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    among_var = this.find_among_b(C.a_6);
    if ((among_var === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from(C.as_6[(among_var - 1)]);
    return true;
  };
  P.r_step_s4 = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_9) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_8) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b9");
    return true;
  };
  P.r_step_s5 = function () {
    var among_var;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_11) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    among_var = this.find_among_b(C.a_10);
    if ((among_var === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from(C.as_10[(among_var - 1)]);
    return true;
  };
  P.r_step_s6 = function () {
    var v_1, among_var;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_14) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        among_var = this.find_among_b(C.a_12);
        if ((among_var === 0)) {
          break lab0;
        }
        if ((this.cursor > this.limit_backward)) {
          break lab0;
        }
        this.slice_from(C.as_12[(among_var - 1)]);
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_13);
      if ((among_var === 0)) {
        return false;
      }
      this.bra = this.cursor;
      this.slice_from(C.as_13[(among_var - 1)]);
      break;
    }
    return true;
  };
  P.r_step_s7 = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_16) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_15) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b1\u03c1\u03b1\u03ba");
    return true;
  };
  P.r_step_s8 = function () {
    var v_1, among_var;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_18) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        among_var = this.find_among_b(C.a_17);
        if ((among_var === 0)) {
          break lab0;
        }
        if ((this.cursor > this.limit_backward)) {
          break lab0;
        }
        this.slice_from(C.as_17[(among_var - 1)]);
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (!(this.eq_s_b("\u03ba\u03bf\u03c1"))) {
        return false;
      }
      this.slice_from("\u03b9\u03c4\u03c3");
      break;
    }
    return true;
  };
  P.r_step_s9 = function () {
    var v_1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_21) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if ((this.find_among_b(C.a_19) === 0)) {
          break lab0;
        }
        if ((this.cursor > this.limit_backward)) {
          break lab0;
        }
        this.slice_from("\u03b9\u03b4");
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      this.bra = this.cursor;
      if ((this.find_among_b(C.a_20) === 0)) {
        return false;
      }
      this.slice_from("\u03b9\u03b4");
      break;
    }
    return true;
  };
  P.r_step_s10 = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_23) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_22) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b9\u03c3\u03ba");
    return true;
  };
  P.r_step_2a = function () {
    var v_1, c;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_24) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    v_1 = (this.limit - this.cursor);
    lab0: {
      if ((this.find_among_b(C.a_25) === 0)) {
        break lab0;
      }
      return false;
    }
    this.cursor = (this.limit - v_1);
    c = this.cursor;
    this.insert(this.cursor, this.cursor, "\u03b1\u03b4");
    this.cursor = c;
    return true;
  };
  P.r_step_2b = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_26) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_27) === 0)) {
      return false;
    }
    this.slice_from("\u03b5\u03b4");
    return true;
  };
  P.r_step_2c = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_28) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_29) === 0)) {
      return false;
    }
    this.slice_from("\u03bf\u03c5\u03b4");
    return true;
  };
  P.r_step_2d = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_30) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_31) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b5");
    return true;
  };
  P.r_step_3 = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_32) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (!(this.in_grouping_b(C.g_v))) {
      return false;
    }
    this.slice_from("\u03b9");
    return true;
  };
  P.r_step_4 = function () {
    var v_1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_33) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!(this.in_grouping_b(C.g_v))) {
          break lab0;
        }
        this.slice_from("\u03b9\u03ba");
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      break;
    }
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_34) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b9\u03ba");
    return true;
  };
  P.r_step_5a = function () {
    var v_1, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (!(this.eq_s_b("\u03b1\u03b3\u03b1\u03bc\u03b5"))) {
        break lab0;
      }
      this.bra = this.cursor;
      if ((this.cursor > this.limit_backward)) {
        break lab0;
      }
      this.slice_from("\u03b1\u03b3\u03b1\u03bc");
    }
    this.cursor = (this.limit - v_1);
    v_2 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_35) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
    }
    this.cursor = (this.limit - v_2);
    this.ket = this.cursor;
    if (!(this.eq_s_b("\u03b1\u03bc\u03b5"))) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_36) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b1\u03bc");
    return true;
  };
  P.r_step_5b = function () {
    var v_1, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_38) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if ((this.find_among_b(C.a_37) === 0)) {
        break lab0;
      }
      if ((this.cursor > this.limit_backward)) {
        break lab0;
      }
      this.slice_from("\u03b1\u03b3\u03b1\u03bd");
    }
    this.cursor = (this.limit - v_1);
    this.ket = this.cursor;
    if (!(this.eq_s_b("\u03b1\u03bd\u03b5"))) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_2 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!(this.in_grouping_b(C.g_v2))) {
          break lab0;
        }
        this.slice_from("\u03b1\u03bd");
        break;
      }
      this.cursor = (this.limit - v_2);
      this.ket = this.cursor;
      break;
    }
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_39) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b1\u03bd");
    return true;
  };
  P.r_step_5c = function () {
    var v_1, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (!(this.eq_s_b("\u03b7\u03c3\u03b5\u03c4\u03b5"))) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
    }
    this.cursor = (this.limit - v_1);
    this.ket = this.cursor;
    if (!(this.eq_s_b("\u03b5\u03c4\u03b5"))) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_2 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!(this.in_grouping_b(C.g_v2))) {
          break lab0;
        }
        this.slice_from("\u03b5\u03c4");
        break;
      }
      this.cursor = (this.limit - v_2);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if ((this.find_among_b(C.a_40) === 0)) {
          break lab0;
        }
        this.slice_from("\u03b5\u03c4");
        break;
      }
      this.cursor = (this.limit - v_2);
      this.ket = this.cursor;
      break;
    }
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_41) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b5\u03c4");
    return true;
  };
  P.r_step_5d = function () {
    var v_1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_42) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!(this.eq_s_b("\u03b1\u03c1\u03c7"))) {
          break lab0;
        }
        if ((this.cursor > this.limit_backward)) {
          break lab0;
        }
        this.slice_from("\u03bf\u03bd\u03c4");
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      this.bra = this.cursor;
      if (!(this.eq_s_b("\u03ba\u03c1\u03b5"))) {
        return false;
      }
      this.slice_from("\u03c9\u03bd\u03c4");
      break;
    }
    return true;
  };
  P.r_step_5e = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_43) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if (!(this.eq_s_b("\u03bf\u03bd"))) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03bf\u03bc\u03b1\u03c3\u03c4");
    return true;
  };
  P.r_step_5f = function () {
    var v_1;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (!(this.eq_s_b("\u03b9\u03b5\u03c3\u03c4\u03b5"))) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
      this.ket = this.cursor;
      this.bra = this.cursor;
      if ((this.find_among_b(C.a_44) === 0)) {
        break lab0;
      }
      if ((this.cursor > this.limit_backward)) {
        break lab0;
      }
      this.slice_from("\u03b9\u03b5\u03c3\u03c4");
    }
    this.cursor = (this.limit - v_1);
    this.ket = this.cursor;
    if (!(this.eq_s_b("\u03b5\u03c3\u03c4\u03b5"))) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_45) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b9\u03b5\u03c3\u03c4");
    return true;
  };
  P.r_step_5g = function () {
    var v_1, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_46) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
      this.B_test1 = false;
    }
    this.cursor = (this.limit - v_1);
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_49) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_2 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if ((this.find_among_b(C.a_47) === 0)) {
          break lab0;
        }
        this.slice_from("\u03b7\u03ba");
        break;
      }
      this.cursor = (this.limit - v_2);
      this.ket = this.cursor;
      this.bra = this.cursor;
      if ((this.find_among_b(C.a_48) === 0)) {
        return false;
      }
      if ((this.cursor > this.limit_backward)) {
        return false;
      }
      this.slice_from("\u03b7\u03ba");
      break;
    }
    return true;
  };
  P.r_step_5h = function () {
    var v_1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_52) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if ((this.find_among_b(C.a_50) === 0)) {
          break lab0;
        }
        this.slice_from("\u03bf\u03c5\u03c3");
        break;
      }
      this.cursor = (this.limit - v_1);
      this.ket = this.cursor;
      this.bra = this.cursor;
      if ((this.find_among_b(C.a_51) === 0)) {
        return false;
      }
      if ((this.cursor > this.limit_backward)) {
        return false;
      }
      this.slice_from("\u03bf\u03c5\u03c3");
      break;
    }
    return true;
  };
  P.r_step_5i = function () {
    var v_1, v_2, among_var;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_55) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        this.bra = this.cursor;
        if (!(this.eq_s_b("\u03ba\u03bf\u03bb\u03bb"))) {
          break lab0;
        }
        this.slice_from("\u03b1\u03b3");
        break;
      }
      this.cursor = (this.limit - v_1);
      while (true) {
        v_2 = (this.limit - this.cursor);
        lab0: {
          this.ket = this.cursor;
          this.bra = this.cursor;
          among_var = this.find_among_b(C.a_53);
          if ((among_var === 0)) {
            break lab0;
          }
          if ((among_var === 1)) {
            this.slice_from("\u03b1\u03b3");
          }
          break;
        }
        this.cursor = (this.limit - v_2);
        this.ket = this.cursor;
        this.bra = this.cursor;
        if ((this.find_among_b(C.a_54) === 0)) {
          return false;
        }
        if ((this.cursor > this.limit_backward)) {
          return false;
        }
        this.slice_from("\u03b1\u03b3");
        break;
      }
      break;
    }
    return true;
  };
  P.r_step_5j = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_56) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_57) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b7\u03c3");
    return true;
  };
  P.r_step_5k = function () {
    this.ket = this.cursor;
    if (!(this.eq_s_b("\u03b7\u03c3\u03c4\u03b5"))) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_58) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03b7\u03c3\u03c4");
    return true;
  };
  P.r_step_5l = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_59) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_60) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03bf\u03c5\u03bd");
    return true;
  };
  P.r_step_5m = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_61) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.B_test1 = false;
    this.ket = this.cursor;
    this.bra = this.cursor;
    if ((this.find_among_b(C.a_62) === 0)) {
      return false;
    }
    if ((this.cursor > this.limit_backward)) {
      return false;
    }
    this.slice_from("\u03bf\u03c5\u03bc");
    return true;
  };
  P.r_step_6 = function () {
    var v_1;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_63) === 0)) {
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_from("\u03bc\u03b1");
    }
    this.cursor = (this.limit - v_1);
    if (!(this.B_test1)) {
      return false;
    }
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_64) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_step_7 = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_65) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9, v_10, v_11, v_12, v_13, v_14, v_15, v_16, v_17, v_18, v_19, v_20, v_21, v_22, v_23, v_24, v_25, v_26, v_27, v_28, v_29, v_30, v_31, v_32, v_33;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    this.r_tolower();
    this.cursor = (this.limit - v_1);
    if ((this.current.length < 3)) {
      return false;
    }
    this.B_test1 = true;
    v_2 = (this.limit - this.cursor);
    this.r_step_1();
    this.cursor = (this.limit - v_2);
    v_3 = (this.limit - this.cursor);
    this.r_step_s1();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    this.r_step_s2();
    this.cursor = (this.limit - v_4);
    v_5 = (this.limit - this.cursor);
    this.r_step_s3();
    this.cursor = (this.limit - v_5);
    v_6 = (this.limit - this.cursor);
    this.r_step_s4();
    this.cursor = (this.limit - v_6);
    v_7 = (this.limit - this.cursor);
    this.r_step_s5();
    this.cursor = (this.limit - v_7);
    v_8 = (this.limit - this.cursor);
    this.r_step_s6();
    this.cursor = (this.limit - v_8);
    v_9 = (this.limit - this.cursor);
    this.r_step_s7();
    this.cursor = (this.limit - v_9);
    v_10 = (this.limit - this.cursor);
    this.r_step_s8();
    this.cursor = (this.limit - v_10);
    v_11 = (this.limit - this.cursor);
    this.r_step_s9();
    this.cursor = (this.limit - v_11);
    v_12 = (this.limit - this.cursor);
    this.r_step_s10();
    this.cursor = (this.limit - v_12);
    v_13 = (this.limit - this.cursor);
    this.r_step_2a();
    this.cursor = (this.limit - v_13);
    v_14 = (this.limit - this.cursor);
    this.r_step_2b();
    this.cursor = (this.limit - v_14);
    v_15 = (this.limit - this.cursor);
    this.r_step_2c();
    this.cursor = (this.limit - v_15);
    v_16 = (this.limit - this.cursor);
    this.r_step_2d();
    this.cursor = (this.limit - v_16);
    v_17 = (this.limit - this.cursor);
    this.r_step_3();
    this.cursor = (this.limit - v_17);
    v_18 = (this.limit - this.cursor);
    this.r_step_4();
    this.cursor = (this.limit - v_18);
    v_19 = (this.limit - this.cursor);
    this.r_step_5a();
    this.cursor = (this.limit - v_19);
    v_20 = (this.limit - this.cursor);
    this.r_step_5b();
    this.cursor = (this.limit - v_20);
    v_21 = (this.limit - this.cursor);
    this.r_step_5c();
    this.cursor = (this.limit - v_21);
    v_22 = (this.limit - this.cursor);
    this.r_step_5d();
    this.cursor = (this.limit - v_22);
    v_23 = (this.limit - this.cursor);
    this.r_step_5e();
    this.cursor = (this.limit - v_23);
    v_24 = (this.limit - this.cursor);
    this.r_step_5f();
    this.cursor = (this.limit - v_24);
    v_25 = (this.limit - this.cursor);
    this.r_step_5g();
    this.cursor = (this.limit - v_25);
    v_26 = (this.limit - this.cursor);
    this.r_step_5h();
    this.cursor = (this.limit - v_26);
    v_27 = (this.limit - this.cursor);
    this.r_step_5j();
    this.cursor = (this.limit - v_27);
    v_28 = (this.limit - this.cursor);
    this.r_step_5i();
    this.cursor = (this.limit - v_28);
    v_29 = (this.limit - this.cursor);
    this.r_step_5k();
    this.cursor = (this.limit - v_29);
    v_30 = (this.limit - this.cursor);
    this.r_step_5l();
    this.cursor = (this.limit - v_30);
    v_31 = (this.limit - this.cursor);
    this.r_step_5m();
    this.cursor = (this.limit - v_31);
    v_32 = (this.limit - this.cursor);
    this.r_step_6();
    this.cursor = (this.limit - v_32);
    v_33 = (this.limit - this.cursor);
    this.r_step_7();
    this.cursor = (this.limit - v_33);
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["\u03b1", "\u03b5", "\u03b7", "\u03b9", "\u03bf", "\u03c5", "\u03c9"]);
  C.g_v2 = P.g_v2 = new Set(["\u03b1", "\u03b5", "\u03b7", "\u03b9", "\u03bf", "\u03c9"]);
  C.B_test1 = P.B_test1 = false;
  C.a_0 = P.a_0 = [new Among("", -(1), 25), new Among("\u0386", 0, 1), new Among("\u0388", 0, 5), new Among("\u0389", 0, 7), new Among("\u038a", 0, 9), new Among("\u038c", 0, 15), new Among("\u038e", 0, 20), new Among("\u038f", 0, 24), new Among("\u0390", 0, 7), new Among("\u0391", 0, 1), new Among("\u0392", 0, 2), new Among("\u0393", 0, 3), new Among("\u0394", 0, 4), new Among("\u0395", 0, 5), new Among("\u0396", 0, 6), new Among("\u0397", 0, 7), new Among("\u0398", 0, 8), new Among("\u0399", 0, 9), new Among("\u039a", 0, 10), new Among("\u039b", 0, 11), new Among("\u039c", 0, 12), new Among("\u039d", 0, 13), new Among("\u039e", 0, 14), new Among("\u039f", 0, 15), new Among("\u03a0", 0, 16), new Among("\u03a1", 0, 17), new Among("\u03a3", 0, 18), new Among("\u03a4", 0, 19), new Among("\u03a5", 0, 20), new Among("\u03a6", 0, 21), new Among("\u03a7", 0, 22), new Among("\u03a8", 0, 23), new Among("\u03a9", 0, 24), new Among("\u03aa", 0, 9), new Among("\u03ab", 0, 20), new Among("\u03ac", 0, 1), new Among("\u03ad", 0, 5), new Among("\u03ae", 0, 7), new Among("\u03af", 0, 9), new Among("\u03b0", 0, 20), new Among("\u03c2", 0, 18), new Among("\u03ca", 0, 7), new Among("\u03cb", 0, 20), new Among("\u03cc", 0, 15), new Among("\u03cd", 0, 20), new Among("\u03ce", 0, 24)];
  C.a_1 = P.a_1 = [new Among("\u03c3\u03ba\u03b1\u03b3\u03b9\u03b1", -(1), 2), new Among("\u03c6\u03b1\u03b3\u03b9\u03b1", -(1), 1), new Among("\u03bf\u03bb\u03bf\u03b3\u03b9\u03b1", -(1), 3), new Among("\u03c3\u03bf\u03b3\u03b9\u03b1", -(1), 4), new Among("\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03b1", -(1), 5), new Among("\u03ba\u03c1\u03b5\u03b1\u03c4\u03b1", -(1), 6), new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03b1", -(1), 7), new Among("\u03c4\u03b5\u03c1\u03b1\u03c4\u03b1", -(1), 8), new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03b1", -(1), 11), new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03b1", -(1), 10), new Among("\u03c6\u03c9\u03c4\u03b1", -(1), 9), new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03b7", -(1), 7), new Among("\u03c3\u03ba\u03b1\u03b3\u03b9\u03c9\u03bd", -(1), 2), new Among("\u03c6\u03b1\u03b3\u03b9\u03c9\u03bd", -(1), 1), new Among("\u03bf\u03bb\u03bf\u03b3\u03b9\u03c9\u03bd", -(1), 3), new Among("\u03c3\u03bf\u03b3\u03b9\u03c9\u03bd", -(1), 4), new Among("\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03c9\u03bd", -(1), 5), new Among("\u03ba\u03c1\u03b5\u03b1\u03c4\u03c9\u03bd", -(1), 6), new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03c9\u03bd", -(1), 7), new Among("\u03c4\u03b5\u03c1\u03b1\u03c4\u03c9\u03bd", -(1), 8), new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03c9\u03bd", -(1), 11), new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03c9\u03bd", -(1), 10), new Among("\u03c6\u03c9\u03c4\u03c9\u03bd", -(1), 9), new Among("\u03ba\u03c1\u03b5\u03b1\u03c3", -(1), 6), new Among("\u03c0\u03b5\u03c1\u03b1\u03c3", -(1), 7), new Among("\u03c4\u03b5\u03c1\u03b1\u03c3", -(1), 8), new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c3", -(1), 11), new Among("\u03ba\u03c1\u03b5\u03b1\u03c4\u03bf\u03c3", -(1), 6), new Among("\u03c0\u03b5\u03c1\u03b1\u03c4\u03bf\u03c3", -(1), 7), new Among("\u03c4\u03b5\u03c1\u03b1\u03c4\u03bf\u03c3", -(1), 8), new Among("\u03b3\u03b5\u03b3\u03bf\u03bd\u03bf\u03c4\u03bf\u03c3", -(1), 11), new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c4\u03bf\u03c3", -(1), 10), new Among("\u03c6\u03c9\u03c4\u03bf\u03c3", -(1), 9), new Among("\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4\u03c9\u03c3", -(1), 10), new Among("\u03c6\u03c9\u03c3", -(1), 9), new Among("\u03c3\u03ba\u03b1\u03b3\u03b9\u03bf\u03c5", -(1), 2), new Among("\u03c6\u03b1\u03b3\u03b9\u03bf\u03c5", -(1), 1), new Among("\u03bf\u03bb\u03bf\u03b3\u03b9\u03bf\u03c5", -(1), 3), new Among("\u03c3\u03bf\u03b3\u03b9\u03bf\u03c5", -(1), 4), new Among("\u03c4\u03b1\u03c4\u03bf\u03b3\u03b9\u03bf\u03c5", -(1), 5)];
  C.as_1 = P.as_1 = ["\u03c6\u03b1", "\u03c3\u03ba\u03b1", "\u03bf\u03bb\u03bf", "\u03c3\u03bf", "\u03c4\u03b1\u03c4\u03bf", "\u03ba\u03c1\u03b5", "\u03c0\u03b5\u03c1", "\u03c4\u03b5\u03c1", "\u03c6\u03c9", "\u03ba\u03b1\u03b8\u03b5\u03c3\u03c4", "\u03b3\u03b5\u03b3\u03bf\u03bd"];
  C.a_2 = P.a_2 = [new Among("\u03c0\u03b1", -(1), 1), new Among("\u03be\u03b1\u03bd\u03b1\u03c0\u03b1", 0, 1), new Among("\u03b5\u03c0\u03b1", 0, 1), new Among("\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1", 0, 1), new Among("\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1", 0, 1), new Among("\u03b5\u03bc\u03c0\u03b1", 0, 1), new Among("\u03b2", -(1), 2), new Among("\u03b4\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b2\u03b1\u03b8\u03c5\u03c1\u03b9", -(1), 2), new Among("\u03b2\u03b1\u03c1\u03ba", -(1), 2), new Among("\u03bc\u03b1\u03c1\u03ba", -(1), 2), new Among("\u03bb", -(1), 2), new Among("\u03bc", -(1), 2), new Among("\u03ba\u03bf\u03c1\u03bd", -(1), 2), new Among("\u03b1\u03b8\u03c1\u03bf", -(1), 1), new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", 14, 1), new Among("\u03c0", -(1), 2), new Among("\u03b9\u03bc\u03c0", 16, 2), new Among("\u03c1", -(1), 2), new Among("\u03bc\u03b1\u03c1", 18, 2), new Among("\u03b1\u03bc\u03c0\u03b1\u03c1", 18, 2), new Among("\u03b3\u03ba\u03c1", 18, 2), new Among("\u03b2\u03bf\u03bb\u03b2\u03bf\u03c1", 18, 2), new Among("\u03b3\u03bb\u03c5\u03ba\u03bf\u03c1", 18, 2), new Among("\u03c0\u03b9\u03c0\u03b5\u03c1\u03bf\u03c1", 18, 2), new Among("\u03c0\u03c1", 18, 2), new Among("\u03bc\u03c0\u03c1", 25, 2), new Among("\u03b1\u03c1\u03c1", 18, 2), new Among("\u03b3\u03bb\u03c5\u03ba\u03c5\u03c1", 18, 2), new Among("\u03c0\u03bf\u03bb\u03c5\u03c1", 18, 2), new Among("\u03bb\u03bf\u03c5", -(1), 2)];
  C.as_2 = P.as_2 = ["\u03b9", "\u03b9\u03b6"];
  C.a_3 = P.a_3 = [new Among("\u03b9\u03b6\u03b1", -(1), 1), new Among("\u03b9\u03b6\u03b5", -(1), 1), new Among("\u03b9\u03b6\u03b1\u03bc\u03b5", -(1), 1), new Among("\u03b9\u03b6\u03bf\u03c5\u03bc\u03b5", -(1), 1), new Among("\u03b9\u03b6\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b9\u03b6\u03bf\u03c5\u03bd\u03b5", -(1), 1), new Among("\u03b9\u03b6\u03b1\u03c4\u03b5", -(1), 1), new Among("\u03b9\u03b6\u03b5\u03c4\u03b5", -(1), 1), new Among("\u03b9\u03b6\u03b5\u03b9", -(1), 1), new Among("\u03b9\u03b6\u03b1\u03bd", -(1), 1), new Among("\u03b9\u03b6\u03bf\u03c5\u03bd", -(1), 1), new Among("\u03b9\u03b6\u03b5\u03c3", -(1), 1), new Among("\u03b9\u03b6\u03b5\u03b9\u03c3", -(1), 1), new Among("\u03b9\u03b6\u03c9", -(1), 1)];
  C.a_4 = P.a_4 = [new Among("\u03b2\u03b9", -(1), 1), new Among("\u03bb\u03b9", -(1), 1), new Among("\u03b1\u03bb", -(1), 1), new Among("\u03b5\u03bd", -(1), 1), new Among("\u03c3", -(1), 1), new Among("\u03c7", -(1), 1), new Among("\u03c5\u03c8", -(1), 1), new Among("\u03b6\u03c9", -(1), 1)];
  C.a_5 = P.a_5 = [new Among("\u03c9\u03b8\u03b7\u03ba\u03b1", -(1), 1), new Among("\u03c9\u03b8\u03b7\u03ba\u03b5", -(1), 1), new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03bc\u03b5", -(1), 1), new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03c4\u03b5", -(1), 1), new Among("\u03c9\u03b8\u03b7\u03ba\u03b1\u03bd", -(1), 1), new Among("\u03c9\u03b8\u03b7\u03ba\u03b5\u03c3", -(1), 1)];
  C.a_6 = P.a_6 = [new Among("\u03be\u03b1\u03bd\u03b1\u03c0\u03b1", -(1), 1), new Among("\u03b5\u03c0\u03b1", -(1), 1), new Among("\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1", -(1), 1), new Among("\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1", -(1), 1), new Among("\u03b5\u03bc\u03c0\u03b1", -(1), 1), new Among("\u03c7\u03b1\u03c1\u03c4\u03bf\u03c0\u03b1", -(1), 1), new Among("\u03b5\u03be\u03b1\u03c1\u03c7\u03b1", -(1), 1), new Among("\u03b3\u03b5", -(1), 2), new Among("\u03b3\u03ba\u03b5", -(1), 2), new Among("\u03ba\u03bb\u03b5", -(1), 1), new Among("\u03b5\u03ba\u03bb\u03b5", 9, 1), new Among("\u03b1\u03c0\u03b5\u03ba\u03bb\u03b5", 10, 1), new Among("\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5", 9, 1), new Among("\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5", 9, 1), new Among("\u03b4\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03c0\u03b5", -(1), 1), new Among("\u03b5\u03c0\u03b5", 15, 1), new Among("\u03bc\u03b5\u03c4\u03b5\u03c0\u03b5", 16, 1), new Among("\u03b5\u03c3\u03b5", -(1), 1), new Among("\u03b3\u03ba", -(1), 2), new Among("\u03bc", -(1), 2), new Among("\u03c0\u03bf\u03c5\u03ba\u03b1\u03bc", 20, 2), new Among("\u03ba\u03bf\u03bc", 20, 2), new Among("\u03b1\u03bd", -(1), 2), new Among("\u03bf\u03bb\u03bf", -(1), 2), new Among("\u03b1\u03b8\u03c1\u03bf", -(1), 1), new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", 25, 1), new Among("\u03c0", -(1), 2), new Among("\u03bb\u03b1\u03c1", -(1), 2), new Among("\u03b4\u03b7\u03bc\u03bf\u03ba\u03c1\u03b1\u03c4", -(1), 2), new Among("\u03b1\u03c6", -(1), 2), new Among("\u03b3\u03b9\u03b3\u03b1\u03bd\u03c4\u03bf\u03b1\u03c6", 30, 2)];
  C.as_6 = P.as_6 = ["\u03b9", "\u03b9\u03c3"];
  C.a_7 = P.a_7 = [new Among("\u03b9\u03c3\u03b1", -(1), 1), new Among("\u03b9\u03c3\u03b1\u03bc\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03b1\u03c4\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03b1\u03bd", -(1), 1), new Among("\u03b9\u03c3\u03b5\u03c3", -(1), 1)];
  C.a_8 = P.a_8 = [new Among("\u03be\u03b1\u03bd\u03b1\u03c0\u03b1", -(1), 1), new Among("\u03b5\u03c0\u03b1", -(1), 1), new Among("\u03c0\u03b5\u03c1\u03b9\u03c0\u03b1", -(1), 1), new Among("\u03b1\u03bd\u03b1\u03bc\u03c0\u03b1", -(1), 1), new Among("\u03b5\u03bc\u03c0\u03b1", -(1), 1), new Among("\u03c7\u03b1\u03c1\u03c4\u03bf\u03c0\u03b1", -(1), 1), new Among("\u03b5\u03be\u03b1\u03c1\u03c7\u03b1", -(1), 1), new Among("\u03ba\u03bb\u03b5", -(1), 1), new Among("\u03b5\u03ba\u03bb\u03b5", 7, 1), new Among("\u03b1\u03c0\u03b5\u03ba\u03bb\u03b5", 8, 1), new Among("\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5", 7, 1), new Among("\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5", 7, 1), new Among("\u03b4\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03c0\u03b5", -(1), 1), new Among("\u03b5\u03c0\u03b5", 13, 1), new Among("\u03bc\u03b5\u03c4\u03b5\u03c0\u03b5", 14, 1), new Among("\u03b5\u03c3\u03b5", -(1), 1), new Among("\u03b1\u03b8\u03c1\u03bf", -(1), 1), new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", 17, 1)];
  C.a_9 = P.a_9 = [new Among("\u03b9\u03c3\u03bf\u03c5\u03bc\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03bf\u03c5\u03bd\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03b5\u03c4\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03b5\u03b9", -(1), 1), new Among("\u03b9\u03c3\u03bf\u03c5\u03bd", -(1), 1), new Among("\u03b9\u03c3\u03b5\u03b9\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03c9", -(1), 1)];
  C.a_10 = P.a_10 = [new Among("\u03b1\u03c4\u03b1", -(1), 2), new Among("\u03c6\u03b1", -(1), 2), new Among("\u03b7\u03c6\u03b1", 1, 2), new Among("\u03bc\u03b5\u03b3", -(1), 2), new Among("\u03bb\u03c5\u03b3", -(1), 2), new Among("\u03b7\u03b4", -(1), 2), new Among("\u03ba\u03bb\u03b5", -(1), 1), new Among("\u03b5\u03c3\u03c9\u03ba\u03bb\u03b5", 6, 1), new Among("\u03c0\u03bb\u03b5", -(1), 1), new Among("\u03b4\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03c3\u03b5", -(1), 1), new Among("\u03b1\u03c3\u03b5", 10, 1), new Among("\u03ba\u03b1\u03b8", -(1), 2), new Among("\u03b5\u03c7\u03b8", -(1), 2), new Among("\u03ba\u03b1\u03ba", -(1), 2), new Among("\u03bc\u03b1\u03ba", -(1), 2), new Among("\u03c3\u03ba", -(1), 2), new Among("\u03c6\u03b9\u03bb", -(1), 2), new Among("\u03ba\u03c5\u03bb", -(1), 2), new Among("\u03bc", -(1), 2), new Among("\u03b3\u03b5\u03bc", 19, 2), new Among("\u03b1\u03c7\u03bd", -(1), 2), new Among("\u03c3\u03c5\u03bd\u03b1\u03b8\u03c1\u03bf", -(1), 1), new Among("\u03c0", -(1), 2), new Among("\u03b1\u03c0", 23, 2), new Among("\u03b5\u03bc\u03c0", 23, 2), new Among("\u03b5\u03c5\u03c0", 23, 2), new Among("\u03b1\u03c1", -(1), 2), new Among("\u03b1\u03bf\u03c1", -(1), 2), new Among("\u03b3\u03c5\u03c1", -(1), 2), new Among("\u03c7\u03c1", -(1), 2), new Among("\u03c7\u03c9\u03c1", -(1), 2), new Among("\u03ba\u03c4", -(1), 2), new Among("\u03b1\u03ba\u03c4", 32, 2), new Among("\u03c7\u03c4", -(1), 2), new Among("\u03b1\u03c7\u03c4", 34, 2), new Among("\u03c4\u03b1\u03c7", -(1), 2), new Among("\u03c3\u03c7", -(1), 2), new Among("\u03b1\u03c3\u03c7", 37, 2), new Among("\u03c5\u03c8", -(1), 2)];
  C.as_10 = P.as_10 = ["\u03b9", "\u03b9\u03c3\u03c4"];
  C.a_11 = P.a_11 = [new Among("\u03b9\u03c3\u03c4\u03b1", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03b7", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03bf\u03b9", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03c9\u03bd", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03bf", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03b5\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03b7\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03bf\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03bf\u03c5\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03c4\u03bf\u03c5", -(1), 1)];
  C.a_12 = P.a_12 = [new Among("\u03b5\u03b3\u03ba\u03bb\u03b5", -(1), 1), new Among("\u03b1\u03c0\u03bf\u03ba\u03bb\u03b5", -(1), 1), new Among("\u03b4\u03b1\u03bd\u03b5", -(1), 2), new Among("\u03b1\u03bd\u03c4\u03b9\u03b4\u03b1\u03bd\u03b5", 2, 2), new Among("\u03c3\u03b5", -(1), 1), new Among("\u03bc\u03b5\u03c4\u03b1\u03c3\u03b5", 4, 1), new Among("\u03bc\u03b9\u03ba\u03c1\u03bf\u03c3\u03b5", 4, 1)];
  C.as_12 = P.as_12 = ["\u03b9\u03c3\u03bc", "\u03b9"];
  C.a_13 = P.a_13 = [new Among("\u03b1\u03c4\u03bf\u03bc\u03b9\u03ba", -(1), 2), new Among("\u03b5\u03b8\u03bd\u03b9\u03ba", -(1), 4), new Among("\u03c4\u03bf\u03c0\u03b9\u03ba", -(1), 7), new Among("\u03b5\u03ba\u03bb\u03b5\u03ba\u03c4\u03b9\u03ba", -(1), 5), new Among("\u03c3\u03ba\u03b5\u03c0\u03c4\u03b9\u03ba", -(1), 6), new Among("\u03b3\u03bd\u03c9\u03c3\u03c4\u03b9\u03ba", -(1), 3), new Among("\u03b1\u03b3\u03bd\u03c9\u03c3\u03c4\u03b9\u03ba", 5, 1), new Among("\u03b1\u03bb\u03b5\u03be\u03b1\u03bd\u03b4\u03c1\u03b9\u03bd", -(1), 8), new Among("\u03b8\u03b5\u03b1\u03c4\u03c1\u03b9\u03bd", -(1), 10), new Among("\u03b2\u03c5\u03b6\u03b1\u03bd\u03c4\u03b9\u03bd", -(1), 9)];
  C.as_13 = P.as_13 = ["\u03b1\u03b3\u03bd\u03c9\u03c3\u03c4", "\u03b1\u03c4\u03bf\u03bc", "\u03b3\u03bd\u03c9\u03c3\u03c4", "\u03b5\u03b8\u03bd", "\u03b5\u03ba\u03bb\u03b5\u03ba\u03c4", "\u03c3\u03ba\u03b5\u03c0\u03c4", "\u03c4\u03bf\u03c0", "\u03b1\u03bb\u03b5\u03be\u03b1\u03bd\u03b4\u03c1", "\u03b2\u03c5\u03b6\u03b1\u03bd\u03c4", "\u03b8\u03b5\u03b1\u03c4\u03c1"];
  C.a_14 = P.a_14 = [new Among("\u03b9\u03c3\u03bc\u03bf\u03b9", -(1), 1), new Among("\u03b9\u03c3\u03bc\u03c9\u03bd", -(1), 1), new Among("\u03b9\u03c3\u03bc\u03bf", -(1), 1), new Among("\u03b9\u03c3\u03bc\u03bf\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03bc\u03bf\u03c5\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03bc\u03bf\u03c5", -(1), 1)];
  C.a_15 = P.a_15 = [new Among("\u03c3", -(1), 1), new Among("\u03c7", -(1), 1)];
  C.a_16 = P.a_16 = [new Among("\u03bf\u03c5\u03b4\u03b1\u03ba\u03b9\u03b1", -(1), 1), new Among("\u03b1\u03c1\u03b1\u03ba\u03b9\u03b1", -(1), 1), new Among("\u03bf\u03c5\u03b4\u03b1\u03ba\u03b9", -(1), 1), new Among("\u03b1\u03c1\u03b1\u03ba\u03b9", -(1), 1)];
  C.a_17 = P.a_17 = [new Among("\u03b2", -(1), 2), new Among("\u03b2\u03b1\u03bc\u03b2", 0, 1), new Among("\u03c3\u03bb\u03bf\u03b2", 0, 1), new Among("\u03c4\u03c3\u03b5\u03c7\u03bf\u03c3\u03bb\u03bf\u03b2", 2, 1), new Among("\u03ba\u03b1\u03c1\u03b4", -(1), 2), new Among("\u03b6", -(1), 2), new Among("\u03c4\u03b6", 5, 1), new Among("\u03ba", -(1), 1), new Among("\u03ba\u03b1\u03c0\u03b1\u03ba", 7, 1), new Among("\u03c3\u03bf\u03ba", 7, 1), new Among("\u03c3\u03ba", 7, 1), new Among("\u03b2\u03b1\u03bb", -(1), 2), new Among("\u03bc\u03b1\u03bb", -(1), 1), new Among("\u03b3\u03bb", -(1), 2), new Among("\u03c4\u03c1\u03b9\u03c0\u03bf\u03bb", -(1), 2), new Among("\u03c0\u03bb", -(1), 1), new Among("\u03bb\u03bf\u03c5\u03bb", -(1), 1), new Among("\u03c6\u03c5\u03bb", -(1), 1), new Among("\u03ba\u03b1\u03b9\u03bc", -(1), 1), new Among("\u03ba\u03bb\u03b9\u03bc", -(1), 1), new Among("\u03c6\u03b1\u03c1\u03bc", -(1), 1), new Among("\u03b3\u03b9\u03b1\u03bd", -(1), 2), new Among("\u03c3\u03c0\u03b1\u03bd", -(1), 1), new Among("\u03b7\u03b3\u03bf\u03c5\u03bc\u03b5\u03bd", -(1), 2), new Among("\u03ba\u03bf\u03bd", -(1), 1), new Among("\u03bc\u03b1\u03ba\u03c1\u03c5\u03bd", -(1), 2), new Among("\u03c0", -(1), 2), new Among("\u03ba\u03b1\u03c4\u03c1\u03b1\u03c0", 26, 1), new Among("\u03c1", -(1), 1), new Among("\u03b2\u03c1", 28, 1), new Among("\u03bb\u03b1\u03b2\u03c1", 29, 1), new Among("\u03b1\u03bc\u03b2\u03c1", 29, 1), new Among("\u03bc\u03b5\u03c1", 28, 1), new Among("\u03c0\u03b1\u03c4\u03b5\u03c1", 28, 2), new Among("\u03b1\u03bd\u03b8\u03c1", 28, 1), new Among("\u03ba\u03bf\u03c1", 28, 1), new Among("\u03c3", -(1), 1), new Among("\u03bd\u03b1\u03b3\u03ba\u03b1\u03c3", 36, 1), new Among("\u03c4\u03bf\u03c3", 36, 2), new Among("\u03bc\u03bf\u03c5\u03c3\u03c4", -(1), 1), new Among("\u03c1\u03c5", -(1), 1), new Among("\u03c6", -(1), 1), new Among("\u03c3\u03c6", 41, 1), new Among("\u03b1\u03bb\u03b9\u03c3\u03c6", 42, 1), new Among("\u03bd\u03c5\u03c6", 41, 2), new Among("\u03c7", -(1), 1)];
  C.as_17 = P.as_17 = ["\u03b1\u03ba", "\u03b9\u03c4\u03c3"];
  C.a_18 = P.a_18 = [new Among("\u03b1\u03ba\u03b9\u03b1", -(1), 1), new Among("\u03b1\u03c1\u03b1\u03ba\u03b9\u03b1", 0, 1), new Among("\u03b9\u03c4\u03c3\u03b1", -(1), 1), new Among("\u03b1\u03ba\u03b9", -(1), 1), new Among("\u03b1\u03c1\u03b1\u03ba\u03b9", 3, 1), new Among("\u03b9\u03c4\u03c3\u03c9\u03bd", -(1), 1), new Among("\u03b9\u03c4\u03c3\u03b1\u03c3", -(1), 1), new Among("\u03b9\u03c4\u03c3\u03b5\u03c3", -(1), 1)];
  C.a_19 = P.a_19 = [new Among("\u03c8\u03b1\u03bb", -(1), 1), new Among("\u03b1\u03b9\u03c6\u03bd", -(1), 1), new Among("\u03bf\u03bb\u03bf", -(1), 1), new Among("\u03b9\u03c1", -(1), 1)];
  C.a_20 = P.a_20 = [new Among("\u03b5", -(1), 1), new Among("\u03c0\u03b1\u03b9\u03c7\u03bd", -(1), 1)];
  C.a_21 = P.a_21 = [new Among("\u03b9\u03b4\u03b9\u03b1", -(1), 1), new Among("\u03b9\u03b4\u03b9\u03c9\u03bd", -(1), 1), new Among("\u03b9\u03b4\u03b9\u03bf", -(1), 1)];
  C.a_22 = P.a_22 = [new Among("\u03b9\u03b2", -(1), 1), new Among("\u03b4", -(1), 1), new Among("\u03c6\u03c1\u03b1\u03b3\u03ba", -(1), 1), new Among("\u03bb\u03c5\u03ba", -(1), 1), new Among("\u03bf\u03b2\u03b5\u03bb", -(1), 1), new Among("\u03bc\u03b7\u03bd", -(1), 1), new Among("\u03c1", -(1), 1)];
  C.a_23 = P.a_23 = [new Among("\u03b9\u03c3\u03ba\u03b5", -(1), 1), new Among("\u03b9\u03c3\u03ba\u03bf", -(1), 1), new Among("\u03b9\u03c3\u03ba\u03bf\u03c3", -(1), 1), new Among("\u03b9\u03c3\u03ba\u03bf\u03c5", -(1), 1)];
  C.a_24 = P.a_24 = [new Among("\u03b1\u03b4\u03c9\u03bd", -(1), 1), new Among("\u03b1\u03b4\u03b5\u03c3", -(1), 1)];
  C.a_25 = P.a_25 = [new Among("\u03b3\u03b9\u03b1\u03b3\u03b9", -(1), -(1)), new Among("\u03b8\u03b5\u03b9", -(1), -(1)), new Among("\u03bf\u03ba", -(1), -(1)), new Among("\u03bc\u03b1\u03bc", -(1), -(1)), new Among("\u03bc\u03b1\u03bd", -(1), -(1)), new Among("\u03bc\u03c0\u03b1\u03bc\u03c0", -(1), -(1)), new Among("\u03c0\u03b5\u03b8\u03b5\u03c1", -(1), -(1)), new Among("\u03c0\u03b1\u03c4\u03b5\u03c1", -(1), -(1)), new Among("\u03ba\u03c5\u03c1", -(1), -(1)), new Among("\u03bd\u03c4\u03b1\u03bd\u03c4", -(1), -(1))];
  C.a_26 = P.a_26 = [new Among("\u03b5\u03b4\u03c9\u03bd", -(1), 1), new Among("\u03b5\u03b4\u03b5\u03c3", -(1), 1)];
  C.a_27 = P.a_27 = [new Among("\u03bc\u03b9\u03bb", -(1), 1), new Among("\u03b4\u03b1\u03c0", -(1), 1), new Among("\u03b3\u03b7\u03c0", -(1), 1), new Among("\u03b9\u03c0", -(1), 1), new Among("\u03b5\u03bc\u03c0", -(1), 1), new Among("\u03bf\u03c0", -(1), 1), new Among("\u03ba\u03c1\u03b1\u03c3\u03c0", -(1), 1), new Among("\u03c5\u03c0", -(1), 1)];
  C.a_28 = P.a_28 = [new Among("\u03bf\u03c5\u03b4\u03c9\u03bd", -(1), 1), new Among("\u03bf\u03c5\u03b4\u03b5\u03c3", -(1), 1)];
  C.a_29 = P.a_29 = [new Among("\u03c4\u03c1\u03b1\u03b3", -(1), 1), new Among("\u03c6\u03b5", -(1), 1), new Among("\u03ba\u03b1\u03bb\u03b9\u03b1\u03ba", -(1), 1), new Among("\u03b1\u03c1\u03ba", -(1), 1), new Among("\u03c3\u03ba", -(1), 1), new Among("\u03c0\u03b5\u03c4\u03b1\u03bb", -(1), 1), new Among("\u03b2\u03b5\u03bb", -(1), 1), new Among("\u03bb\u03bf\u03c5\u03bb", -(1), 1), new Among("\u03c6\u03bb", -(1), 1), new Among("\u03c7\u03bd", -(1), 1), new Among("\u03c0\u03bb\u03b5\u03be", -(1), 1), new Among("\u03c3\u03c0", -(1), 1), new Among("\u03c6\u03c1", -(1), 1), new Among("\u03c3", -(1), 1), new Among("\u03bb\u03b9\u03c7", -(1), 1)];
  C.a_30 = P.a_30 = [new Among("\u03b5\u03c9\u03bd", -(1), 1), new Among("\u03b5\u03c9\u03c3", -(1), 1)];
  C.a_31 = P.a_31 = [new Among("\u03b4", -(1), 1), new Among("\u03b9\u03b4", 0, 1), new Among("\u03b8", -(1), 1), new Among("\u03b3\u03b1\u03bb", -(1), 1), new Among("\u03b5\u03bb", -(1), 1), new Among("\u03bd", -(1), 1), new Among("\u03c0", -(1), 1), new Among("\u03c0\u03b1\u03c1", -(1), 1)];
  C.a_32 = P.a_32 = [new Among("\u03b9\u03b1", -(1), 1), new Among("\u03b9\u03c9\u03bd", -(1), 1), new Among("\u03b9\u03bf\u03c5", -(1), 1)];
  C.a_33 = P.a_33 = [new Among("\u03b9\u03ba\u03b1", -(1), 1), new Among("\u03b9\u03ba\u03c9\u03bd", -(1), 1), new Among("\u03b9\u03ba\u03bf", -(1), 1), new Among("\u03b9\u03ba\u03bf\u03c5", -(1), 1)];
  C.a_34 = P.a_34 = [new Among("\u03b1\u03b4", -(1), 1), new Among("\u03c3\u03c5\u03bd\u03b1\u03b4", 0, 1), new Among("\u03ba\u03b1\u03c4\u03b1\u03b4", 0, 1), new Among("\u03b1\u03bd\u03c4\u03b9\u03b4", -(1), 1), new Among("\u03b5\u03bd\u03b4", -(1), 1), new Among("\u03c6\u03c5\u03bb\u03bf\u03b4", -(1), 1), new Among("\u03c5\u03c0\u03bf\u03b4", -(1), 1), new Among("\u03c0\u03c1\u03c9\u03c4\u03bf\u03b4", -(1), 1), new Among("\u03b5\u03be\u03c9\u03b4", -(1), 1), new Among("\u03b7\u03b8", -(1), 1), new Among("\u03b1\u03bd\u03b7\u03b8", 9, 1), new Among("\u03be\u03b9\u03ba", -(1), 1), new Among("\u03b1\u03bb", -(1), 1), new Among("\u03b1\u03bc\u03bc\u03bf\u03c7\u03b1\u03bb", 12, 1), new Among("\u03c3\u03c5\u03bd\u03bf\u03bc\u03b7\u03bb", -(1), 1), new Among("\u03bc\u03c0\u03bf\u03bb", -(1), 1), new Among("\u03bc\u03bf\u03c5\u03bb", -(1), 1), new Among("\u03c4\u03c3\u03b1\u03bc", -(1), 1), new Among("\u03b2\u03c1\u03c9\u03bc", -(1), 1), new Among("\u03b1\u03bc\u03b1\u03bd", -(1), 1), new Among("\u03bc\u03c0\u03b1\u03bd", -(1), 1), new Among("\u03ba\u03b1\u03bb\u03bb\u03b9\u03bd", -(1), 1), new Among("\u03c0\u03bf\u03c3\u03c4\u03b5\u03bb\u03bd", -(1), 1), new Among("\u03c6\u03b9\u03bb\u03bf\u03bd", -(1), 1), new Among("\u03ba\u03b1\u03bb\u03c0", -(1), 1), new Among("\u03b3\u03b5\u03c1", -(1), 1), new Among("\u03c7\u03b1\u03c3", -(1), 1), new Among("\u03bc\u03c0\u03bf\u03c3", -(1), 1), new Among("\u03c0\u03bb\u03b9\u03b1\u03c4\u03c3", -(1), 1), new Among("\u03c0\u03b5\u03c4\u03c3", -(1), 1), new Among("\u03c0\u03b9\u03c4\u03c3", -(1), 1), new Among("\u03c6\u03c5\u03c3", -(1), 1), new Among("\u03bc\u03c0\u03b1\u03b3\u03b9\u03b1\u03c4", -(1), 1), new Among("\u03bd\u03b9\u03c4", -(1), 1), new Among("\u03c0\u03b9\u03ba\u03b1\u03bd\u03c4", -(1), 1), new Among("\u03c3\u03b5\u03c1\u03c4", -(1), 1)];
  C.a_35 = P.a_35 = [new Among("\u03b1\u03b3\u03b1\u03bc\u03b5", -(1), 1), new Among("\u03b7\u03ba\u03b1\u03bc\u03b5", -(1), 1), new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03bc\u03b5", 1, 1), new Among("\u03b7\u03c3\u03b1\u03bc\u03b5", -(1), 1), new Among("\u03bf\u03c5\u03c3\u03b1\u03bc\u03b5", -(1), 1)];
  C.a_36 = P.a_36 = [new Among("\u03b2\u03bf\u03c5\u03b2", -(1), 1), new Among("\u03be\u03b5\u03b8", -(1), 1), new Among("\u03c0\u03b5\u03b8", -(1), 1), new Among("\u03b1\u03c0\u03bf\u03b8", -(1), 1), new Among("\u03b1\u03c0\u03bf\u03ba", -(1), 1), new Among("\u03bf\u03c5\u03bb", -(1), 1), new Among("\u03b1\u03bd\u03b1\u03c0", -(1), 1), new Among("\u03c0\u03b9\u03ba\u03c1", -(1), 1), new Among("\u03c0\u03bf\u03c4", -(1), 1), new Among("\u03b1\u03c0\u03bf\u03c3\u03c4", -(1), 1), new Among("\u03c7", -(1), 1), new Among("\u03c3\u03b9\u03c7", 10, 1)];
  C.a_37 = P.a_37 = [new Among("\u03c4\u03c1", -(1), 1), new Among("\u03c4\u03c3", -(1), 1)];
  C.a_38 = P.a_38 = [new Among("\u03b1\u03b3\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b7\u03ba\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03bd\u03b5", 1, 1), new Among("\u03b7\u03c3\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03bf\u03c5\u03c3\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03bf\u03bd\u03c4\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b9\u03bf\u03bd\u03c4\u03b1\u03bd\u03b5", 5, 1), new Among("\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd\u03b5", 7, 1), new Among("\u03bf\u03c4\u03b1\u03bd\u03b5", -(1), 1), new Among("\u03b9\u03bf\u03c4\u03b1\u03bd\u03b5", 9, 1)];
  C.a_39 = P.a_39 = [new Among("\u03c4\u03b1\u03b2", -(1), 1), new Among("\u03bd\u03c4\u03b1\u03b2", 0, 1), new Among("\u03c8\u03b7\u03bb\u03bf\u03c4\u03b1\u03b2", 0, 1), new Among("\u03bb\u03b9\u03b2", -(1), 1), new Among("\u03ba\u03bb\u03b9\u03b2", 3, 1), new Among("\u03be\u03b7\u03c1\u03bf\u03ba\u03bb\u03b9\u03b2", 4, 1), new Among("\u03b3", -(1), 1), new Among("\u03b1\u03b3", 6, 1), new Among("\u03c4\u03c1\u03b1\u03b3", 7, 1), new Among("\u03c4\u03c3\u03b1\u03b3", 7, 1), new Among("\u03b1\u03b8\u03b9\u03b3\u03b3", 6, 1), new Among("\u03c4\u03c3\u03b9\u03b3\u03b3", 6, 1), new Among("\u03b1\u03c4\u03c3\u03b9\u03b3\u03b3", 11, 1), new Among("\u03c3\u03c4\u03b5\u03b3", 6, 1), new Among("\u03b1\u03c0\u03b7\u03b3", 6, 1), new Among("\u03c3\u03b9\u03b3", 6, 1), new Among("\u03b1\u03bd\u03bf\u03c1\u03b3", 6, 1), new Among("\u03b5\u03bd\u03bf\u03c1\u03b3", 6, 1), new Among("\u03ba\u03b1\u03bb\u03c0\u03bf\u03c5\u03b6", -(1), 1), new Among("\u03b8", -(1), 1), new Among("\u03bc\u03c9\u03b1\u03bc\u03b5\u03b8", 19, 1), new Among("\u03c0\u03b9\u03b8", 19, 1), new Among("\u03b1\u03c0\u03b9\u03b8", 21, 1), new Among("\u03b4\u03b5\u03ba", -(1), 1), new Among("\u03c0\u03b5\u03bb\u03b5\u03ba", -(1), 1), new Among("\u03b9\u03ba", -(1), 1), new Among("\u03b1\u03bd\u03b9\u03ba", 25, 1), new Among("\u03b2\u03bf\u03c5\u03bb\u03ba", -(1), 1), new Among("\u03b2\u03b1\u03c3\u03ba", -(1), 1), new Among("\u03b2\u03c1\u03b1\u03c7\u03c5\u03ba", -(1), 1), new Among("\u03b3\u03b1\u03bb", -(1), 1), new Among("\u03ba\u03b1\u03c4\u03b1\u03b3\u03b1\u03bb", 30, 1), new Among("\u03bf\u03bb\u03bf\u03b3\u03b1\u03bb", 30, 1), new Among("\u03b2\u03b1\u03b8\u03c5\u03b3\u03b1\u03bb", 30, 1), new Among("\u03bc\u03b5\u03bb", -(1), 1), new Among("\u03ba\u03b1\u03c3\u03c4\u03b5\u03bb", -(1), 1), new Among("\u03c0\u03bf\u03c1\u03c4\u03bf\u03bb", -(1), 1), new Among("\u03c0\u03bb", -(1), 1), new Among("\u03b4\u03b9\u03c0\u03bb", 37, 1), new Among("\u03bb\u03b1\u03bf\u03c0\u03bb", 37, 1), new Among("\u03c8\u03c5\u03c7\u03bf\u03c0\u03bb", 37, 1), new Among("\u03bf\u03c5\u03bb", -(1), 1), new Among("\u03bc", -(1), 1), new Among("\u03bf\u03bb\u03b9\u03b3\u03bf\u03b4\u03b1\u03bc", 42, 1), new Among("\u03bc\u03bf\u03c5\u03c3\u03bf\u03c5\u03bb\u03bc", 42, 1), new Among("\u03b4\u03c1\u03b1\u03b4\u03bf\u03c5\u03bc", 42, 1), new Among("\u03b2\u03c1\u03b1\u03c7\u03bc", 42, 1), new Among("\u03bd", -(1), 1), new Among("\u03b1\u03bc\u03b5\u03c1\u03b9\u03ba\u03b1\u03bd", 47, 1), new Among("\u03c0", -(1), 1), new Among("\u03b1\u03b4\u03b1\u03c0", 49, 1), new Among("\u03c7\u03b1\u03bc\u03b7\u03bb\u03bf\u03b4\u03b1\u03c0", 49, 1), new Among("\u03c0\u03bf\u03bb\u03c5\u03b4\u03b1\u03c0", 49, 1), new Among("\u03ba\u03bf\u03c0", 49, 1), new Among("\u03c5\u03c0\u03bf\u03ba\u03bf\u03c0", 53, 1), new Among("\u03c4\u03c3\u03bf\u03c0", 49, 1), new Among("\u03c3\u03c0", 49, 1), new Among("\u03b5\u03c1", -(1), 1), new Among("\u03b3\u03b5\u03c1", 57, 1), new Among("\u03b2\u03b5\u03c4\u03b5\u03c1", 57, 1), new Among("\u03bb\u03bf\u03c5\u03b8\u03b7\u03c1", -(1), 1), new Among("\u03ba\u03bf\u03c1\u03bc\u03bf\u03c1", -(1), 1), new Among("\u03c0\u03b5\u03c1\u03b9\u03c4\u03c1", -(1), 1), new Among("\u03bf\u03c5\u03c1", -(1), 1), new Among("\u03c3", -(1), 1), new Among("\u03b2\u03b1\u03c3", 64, 1), new Among("\u03c0\u03bf\u03bb\u03b9\u03c3", 64, 1), new Among("\u03c3\u03b1\u03c1\u03b1\u03ba\u03b1\u03c4\u03c3", 64, 1), new Among("\u03b8\u03c5\u03c3", 64, 1), new Among("\u03b4\u03b9\u03b1\u03c4", -(1), 1), new Among("\u03c0\u03bb\u03b1\u03c4", -(1), 1), new Among("\u03c4\u03c3\u03b1\u03c1\u03bb\u03b1\u03c4", -(1), 1), new Among("\u03c4\u03b5\u03c4", -(1), 1), new Among("\u03c0\u03bf\u03c5\u03c1\u03b9\u03c4", -(1), 1), new Among("\u03c3\u03bf\u03c5\u03bb\u03c4", -(1), 1), new Among("\u03bc\u03b1\u03b9\u03bd\u03c4", -(1), 1), new Among("\u03b6\u03c9\u03bd\u03c4", -(1), 1), new Among("\u03ba\u03b1\u03c3\u03c4", -(1), 1), new Among("\u03c6", -(1), 1), new Among("\u03b4\u03b9\u03b1\u03c6", 78, 1), new Among("\u03c3\u03c4\u03b5\u03c6", 78, 1), new Among("\u03c6\u03c9\u03c4\u03bf\u03c3\u03c4\u03b5\u03c6", 80, 1), new Among("\u03c0\u03b5\u03c1\u03b7\u03c6", 78, 1), new Among("\u03c5\u03c0\u03b5\u03c1\u03b7\u03c6", 82, 1), new Among("\u03ba\u03bf\u03b9\u03bb\u03b1\u03c1\u03c6", 78, 1), new Among("\u03c0\u03b5\u03bd\u03c4\u03b1\u03c1\u03c6", 78, 1), new Among("\u03bf\u03c1\u03c6", 78, 1), new Among("\u03c7", -(1), 1), new Among("\u03b1\u03bc\u03b7\u03c7", 87, 1), new Among("\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 87, 1), new Among("\u03bc\u03b5\u03b3\u03bb\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 89, 1), new Among("\u03ba\u03b1\u03c0\u03bd\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 89, 1), new Among("\u03bc\u03b9\u03ba\u03c1\u03bf\u03b2\u03b9\u03bf\u03bc\u03b7\u03c7", 89, 1), new Among("\u03c0\u03bf\u03bb\u03c5\u03bc\u03b7\u03c7", 87, 1), new Among("\u03bb\u03b9\u03c7", 87, 1)];
  C.a_40 = P.a_40 = [new Among("\u03b5\u03bd\u03b4", -(1), 1), new Among("\u03c3\u03c5\u03bd\u03b4", -(1), 1), new Among("\u03bf\u03b4", -(1), 1), new Among("\u03b4\u03b9\u03b1\u03b8", -(1), 1), new Among("\u03ba\u03b1\u03b8", -(1), 1), new Among("\u03c1\u03b1\u03b8", -(1), 1), new Among("\u03c4\u03b1\u03b8", -(1), 1), new Among("\u03c4\u03b9\u03b8", -(1), 1), new Among("\u03b5\u03ba\u03b8", -(1), 1), new Among("\u03b5\u03bd\u03b8", -(1), 1), new Among("\u03c3\u03c5\u03bd\u03b8", -(1), 1), new Among("\u03c1\u03bf\u03b8", -(1), 1), new Among("\u03c5\u03c0\u03b5\u03c1\u03b8", -(1), 1), new Among("\u03c3\u03b8", -(1), 1), new Among("\u03b5\u03c5\u03b8", -(1), 1), new Among("\u03b1\u03c1\u03ba", -(1), 1), new Among("\u03c9\u03c6\u03b5\u03bb", -(1), 1), new Among("\u03b2\u03bf\u03bb", -(1), 1), new Among("\u03b1\u03b9\u03bd", -(1), 1), new Among("\u03c0\u03bf\u03bd", -(1), 1), new Among("\u03c1\u03bf\u03bd", -(1), 1), new Among("\u03c3\u03c5\u03bd", -(1), 1), new Among("\u03b2\u03b1\u03c1", -(1), 1), new Among("\u03b2\u03c1", -(1), 1), new Among("\u03b1\u03b9\u03c1", -(1), 1), new Among("\u03c6\u03bf\u03c1", -(1), 1), new Among("\u03b5\u03c5\u03c1", -(1), 1), new Among("\u03c0\u03c5\u03c1", -(1), 1), new Among("\u03c7\u03c9\u03c1", -(1), 1), new Among("\u03bd\u03b5\u03c4", -(1), 1), new Among("\u03c3\u03c7", -(1), 1)];
  C.a_41 = P.a_41 = [new Among("\u03c0\u03b1\u03b3", -(1), 1), new Among("\u03b4", -(1), 1), new Among("\u03b1\u03b4", 1, 1), new Among("\u03b8", -(1), 1), new Among("\u03b1\u03b8", 3, 1), new Among("\u03c4\u03bf\u03ba", -(1), 1), new Among("\u03c3\u03ba", -(1), 1), new Among("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb", -(1), 1), new Among("\u03c3\u03ba\u03b5\u03bb", -(1), 1), new Among("\u03b1\u03c0\u03bb", -(1), 1), new Among("\u03b5\u03bc", -(1), 1), new Among("\u03b1\u03bd", -(1), 1), new Among("\u03b2\u03b5\u03bd", -(1), 1), new Among("\u03b2\u03b1\u03c1\u03bf\u03bd", -(1), 1), new Among("\u03ba\u03bf\u03c0", -(1), 1), new Among("\u03c3\u03b5\u03c1\u03c0", -(1), 1), new Among("\u03b1\u03b2\u03b1\u03c1", -(1), 1), new Among("\u03b5\u03bd\u03b1\u03c1", -(1), 1), new Among("\u03b1\u03b2\u03c1", -(1), 1), new Among("\u03bc\u03c0\u03bf\u03c1", -(1), 1), new Among("\u03b8\u03b1\u03c1\u03c1", -(1), 1), new Among("\u03bd\u03c4\u03c1", -(1), 1), new Among("\u03c5", -(1), 1), new Among("\u03bd\u03b9\u03c6", -(1), 1), new Among("\u03c3\u03c5\u03c1\u03c6", -(1), 1)];
  C.a_42 = P.a_42 = [new Among("\u03bf\u03bd\u03c4\u03b1\u03c3", -(1), 1), new Among("\u03c9\u03bd\u03c4\u03b1\u03c3", -(1), 1)];
  C.a_43 = P.a_43 = [new Among("\u03bf\u03bc\u03b1\u03c3\u03c4\u03b5", -(1), 1), new Among("\u03b9\u03bf\u03bc\u03b1\u03c3\u03c4\u03b5", 0, 1)];
  C.a_44 = P.a_44 = [new Among("\u03c0", -(1), 1), new Among("\u03b1\u03c0", 0, 1), new Among("\u03b1\u03ba\u03b1\u03c4\u03b1\u03c0", 1, 1), new Among("\u03c3\u03c5\u03bc\u03c0", 0, 1), new Among("\u03b1\u03c3\u03c5\u03bc\u03c0", 3, 1), new Among("\u03b1\u03bc\u03b5\u03c4\u03b1\u03bc\u03c6", -(1), 1)];
  C.a_45 = P.a_45 = [new Among("\u03b6", -(1), 1), new Among("\u03b1\u03bb", -(1), 1), new Among("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb", 1, 1), new Among("\u03b5\u03ba\u03c4\u03b5\u03bb", -(1), 1), new Among("\u03bc", -(1), 1), new Among("\u03be", -(1), 1), new Among("\u03c0\u03c1\u03bf", -(1), 1), new Among("\u03b1\u03c1", -(1), 1), new Among("\u03bd\u03b9\u03c3", -(1), 1)];
  C.a_46 = P.a_46 = [new Among("\u03b7\u03b8\u03b7\u03ba\u03b1", -(1), 1), new Among("\u03b7\u03b8\u03b7\u03ba\u03b5", -(1), 1), new Among("\u03b7\u03b8\u03b7\u03ba\u03b5\u03c3", -(1), 1)];
  C.a_47 = P.a_47 = [new Among("\u03c0\u03b9\u03b8", -(1), 1), new Among("\u03bf\u03b8", -(1), 1), new Among("\u03bd\u03b1\u03c1\u03b8", -(1), 1), new Among("\u03c3\u03ba\u03bf\u03c5\u03bb", -(1), 1), new Among("\u03c3\u03ba\u03c9\u03bb", -(1), 1), new Among("\u03c3\u03c6", -(1), 1)];
  C.a_48 = P.a_48 = [new Among("\u03b8", -(1), 1), new Among("\u03b4\u03b9\u03b1\u03b8", 0, 1), new Among("\u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03c4\u03b1\u03b8", 0, 1), new Among("\u03c3\u03c5\u03bd\u03b8", 0, 1), new Among("\u03c0\u03c1\u03bf\u03c3\u03b8", 0, 1)];
  C.a_49 = P.a_49 = [new Among("\u03b7\u03ba\u03b1", -(1), 1), new Among("\u03b7\u03ba\u03b5", -(1), 1), new Among("\u03b7\u03ba\u03b5\u03c3", -(1), 1)];
  C.a_50 = P.a_50 = [new Among("\u03c6\u03b1\u03b3", -(1), 1), new Among("\u03bb\u03b7\u03b3", -(1), 1), new Among("\u03c6\u03c1\u03c5\u03b4", -(1), 1), new Among("\u03bc\u03b1\u03bd\u03c4\u03b9\u03bb", -(1), 1), new Among("\u03bc\u03b1\u03bb\u03bb", -(1), 1), new Among("\u03bf\u03bc", -(1), 1), new Among("\u03b2\u03bb\u03b5\u03c0", -(1), 1), new Among("\u03c0\u03bf\u03b4\u03b1\u03c1", -(1), 1), new Among("\u03ba\u03c5\u03bc\u03b1\u03c4", -(1), 1), new Among("\u03c0\u03c1\u03c9\u03c4", -(1), 1), new Among("\u03bb\u03b1\u03c7", -(1), 1), new Among("\u03c0\u03b1\u03bd\u03c4\u03b1\u03c7", -(1), 1)];
  C.a_51 = P.a_51 = [new Among("\u03c4\u03c3\u03b1", -(1), 1), new Among("\u03c7\u03b1\u03b4", -(1), 1), new Among("\u03bc\u03b5\u03b4", -(1), 1), new Among("\u03bb\u03b1\u03bc\u03c0\u03b9\u03b4", -(1), 1), new Among("\u03b4\u03b5", -(1), 1), new Among("\u03c0\u03bb\u03b5", -(1), 1), new Among("\u03bc\u03b5\u03c3\u03b1\u03b6", -(1), 1), new Among("\u03b4\u03b5\u03c3\u03c0\u03bf\u03b6", -(1), 1), new Among("\u03b1\u03b9\u03b8", -(1), 1), new Among("\u03c6\u03b1\u03c1\u03bc\u03b1\u03ba", -(1), 1), new Among("\u03b1\u03b3\u03ba", -(1), 1), new Among("\u03b1\u03bd\u03b7\u03ba", -(1), 1), new Among("\u03bb", -(1), 1), new Among("\u03bc", -(1), 1), new Among("\u03b1\u03bc", 13, 1), new Among("\u03b2\u03c1\u03bf\u03bc", 13, 1), new Among("\u03c5\u03c0\u03bf\u03c4\u03b5\u03b9\u03bd", -(1), 1), new Among("\u03b5\u03ba\u03bb\u03b9\u03c0", -(1), 1), new Among("\u03c1", -(1), 1), new Among("\u03b5\u03bd\u03b4\u03b9\u03b1\u03c6\u03b5\u03c1", 18, 1), new Among("\u03b1\u03bd\u03b1\u03c1\u03c1", 18, 1), new Among("\u03c0\u03b1\u03c4", -(1), 1), new Among("\u03ba\u03b1\u03b8\u03b1\u03c1\u03b5\u03c5", -(1), 1), new Among("\u03b4\u03b5\u03c5\u03c4\u03b5\u03c1\u03b5\u03c5", -(1), 1), new Among("\u03bb\u03b5\u03c7", -(1), 1)];
  C.a_52 = P.a_52 = [new Among("\u03bf\u03c5\u03c3\u03b1", -(1), 1), new Among("\u03bf\u03c5\u03c3\u03b5", -(1), 1), new Among("\u03bf\u03c5\u03c3\u03b5\u03c3", -(1), 1)];
  C.a_53 = P.a_53 = [new Among("\u03c0\u03b5\u03bb", -(1), 1), new Among("\u03bb\u03bb", -(1), 1), new Among("\u03c3\u03bc\u03b7\u03bd", -(1), 1), new Among("\u03c1\u03c0", -(1), 1), new Among("\u03c0\u03c1", -(1), 1), new Among("\u03c6\u03c1", -(1), 1), new Among("\u03c7\u03bf\u03c1\u03c4", -(1), 1), new Among("\u03bf\u03c6", -(1), 1), new Among("\u03c8\u03bf\u03c6", 7, -(1)), new Among("\u03c3\u03c6", -(1), 1), new Among("\u03bb\u03bf\u03c7", -(1), 1), new Among("\u03bd\u03b1\u03c5\u03bb\u03bf\u03c7", 10, -(1))];
  C.a_54 = P.a_54 = [new Among("\u03b1\u03bc\u03b1\u03bb\u03bb\u03b9", -(1), 1), new Among("\u03bb", -(1), 1), new Among("\u03b1\u03bc\u03b1\u03bb", 1, 1), new Among("\u03bc", -(1), 1), new Among("\u03bf\u03c5\u03bb\u03b1\u03bc", 3, 1), new Among("\u03b5\u03bd", -(1), 1), new Among("\u03b4\u03b5\u03c1\u03b2\u03b5\u03bd", 5, 1), new Among("\u03c0", -(1), 1), new Among("\u03b1\u03b5\u03b9\u03c0", 7, 1), new Among("\u03b1\u03c1\u03c4\u03b9\u03c0", 7, 1), new Among("\u03c3\u03c5\u03bc\u03c0", 7, 1), new Among("\u03bd\u03b5\u03bf\u03c0", 7, 1), new Among("\u03ba\u03c1\u03bf\u03ba\u03b1\u03bb\u03bf\u03c0", 7, 1), new Among("\u03bf\u03bb\u03bf\u03c0", 7, 1), new Among("\u03c0\u03c1\u03bf\u03c3\u03c9\u03c0\u03bf\u03c0", 7, 1), new Among("\u03c3\u03b9\u03b4\u03b7\u03c1\u03bf\u03c0", 7, 1), new Among("\u03b4\u03c1\u03bf\u03c3\u03bf\u03c0", 7, 1), new Among("\u03b1\u03c3\u03c0", 7, 1), new Among("\u03b1\u03bd\u03c5\u03c0", 7, 1), new Among("\u03c1", -(1), 1), new Among("\u03b1\u03c3\u03c0\u03b1\u03c1", 19, 1), new Among("\u03c7\u03b1\u03c1", 19, 1), new Among("\u03b1\u03c7\u03b1\u03c1", 21, 1), new Among("\u03b1\u03c0\u03b5\u03c1", 19, 1), new Among("\u03c4\u03c1", 19, 1), new Among("\u03bf\u03c5\u03c1", 19, 1), new Among("\u03c4", -(1), 1), new Among("\u03b4\u03b9\u03b1\u03c4", 26, 1), new Among("\u03b5\u03c0\u03b9\u03c4", 26, 1), new Among("\u03c3\u03c5\u03bd\u03c4", 26, 1), new Among("\u03bf\u03bc\u03bf\u03c4", 26, 1), new Among("\u03bd\u03bf\u03bc\u03bf\u03c4", 30, 1), new Among("\u03b1\u03c0\u03bf\u03c4", 26, 1), new Among("\u03c5\u03c0\u03bf\u03c4", 26, 1), new Among("\u03b1\u03b2\u03b1\u03c3\u03c4", 26, 1), new Among("\u03b1\u03b9\u03bc\u03bf\u03c3\u03c4", 26, 1), new Among("\u03c0\u03c1\u03bf\u03c3\u03c4", 26, 1), new Among("\u03b1\u03bd\u03c5\u03c3\u03c4", 26, 1), new Among("\u03bd\u03b1\u03c5", -(1), 1), new Among("\u03b1\u03c6", -(1), 1), new Among("\u03be\u03b5\u03c6", -(1), 1), new Among("\u03b1\u03b4\u03b7\u03c6", -(1), 1), new Among("\u03c0\u03b1\u03bc\u03c6", -(1), 1), new Among("\u03c0\u03bf\u03bb\u03c5\u03c6", -(1), 1)];
  C.a_55 = P.a_55 = [new Among("\u03b1\u03b3\u03b1", -(1), 1), new Among("\u03b1\u03b3\u03b5", -(1), 1), new Among("\u03b1\u03b3\u03b5\u03c3", -(1), 1)];
  C.a_56 = P.a_56 = [new Among("\u03b7\u03c3\u03b1", -(1), 1), new Among("\u03b7\u03c3\u03b5", -(1), 1), new Among("\u03b7\u03c3\u03bf\u03c5", -(1), 1)];
  C.a_57 = P.a_57 = [new Among("\u03bd", -(1), 1), new Among("\u03b4\u03c9\u03b4\u03b5\u03ba\u03b1\u03bd", 0, 1), new Among("\u03b5\u03c0\u03c4\u03b1\u03bd", 0, 1), new Among("\u03bc\u03b5\u03b3\u03b1\u03bb\u03bf\u03bd", 0, 1), new Among("\u03b5\u03c1\u03b7\u03bc\u03bf\u03bd", 0, 1), new Among("\u03c7\u03b5\u03c1\u03c3\u03bf\u03bd", 0, 1)];
  C.a_58 = P.a_58 = [new Among("\u03c3\u03b2", -(1), 1), new Among("\u03b1\u03c3\u03b2", 0, 1), new Among("\u03b1\u03c0\u03bb", -(1), 1), new Among("\u03b1\u03b5\u03b9\u03bc\u03bd", -(1), 1), new Among("\u03c7\u03c1", -(1), 1), new Among("\u03b1\u03c7\u03c1", 4, 1), new Among("\u03ba\u03bf\u03b9\u03bd\u03bf\u03c7\u03c1", 4, 1), new Among("\u03b4\u03c5\u03c3\u03c7\u03c1", 4, 1), new Among("\u03b5\u03c5\u03c7\u03c1", 4, 1), new Among("\u03c0\u03b1\u03bb\u03b9\u03bc\u03c8", -(1), 1)];
  C.a_59 = P.a_59 = [new Among("\u03bf\u03c5\u03bd\u03b5", -(1), 1), new Among("\u03b7\u03b8\u03bf\u03c5\u03bd\u03b5", 0, 1), new Among("\u03b7\u03c3\u03bf\u03c5\u03bd\u03b5", 0, 1)];
  C.a_60 = P.a_60 = [new Among("\u03c3\u03c0\u03b9", -(1), 1), new Among("\u03bd", -(1), 1), new Among("\u03b5\u03be\u03c9\u03bd", 1, 1), new Among("\u03c1", -(1), 1), new Among("\u03c3\u03c4\u03c1\u03b1\u03b2\u03bf\u03bc\u03bf\u03c5\u03c4\u03c3", -(1), 1), new Among("\u03ba\u03b1\u03ba\u03bf\u03bc\u03bf\u03c5\u03c4\u03c3", -(1), 1)];
  C.a_61 = P.a_61 = [new Among("\u03bf\u03c5\u03bc\u03b5", -(1), 1), new Among("\u03b7\u03b8\u03bf\u03c5\u03bc\u03b5", 0, 1), new Among("\u03b7\u03c3\u03bf\u03c5\u03bc\u03b5", 0, 1)];
  C.a_62 = P.a_62 = [new Among("\u03b1\u03b6", -(1), 1), new Among("\u03c9\u03c1\u03b9\u03bf\u03c0\u03bb", -(1), 1), new Among("\u03b1\u03c3\u03bf\u03c5\u03c3", -(1), 1), new Among("\u03c0\u03b1\u03c1\u03b1\u03c3\u03bf\u03c5\u03c3", 2, 1), new Among("\u03b1\u03bb\u03bb\u03bf\u03c3\u03bf\u03c5\u03c3", -(1), 1), new Among("\u03c6", -(1), 1), new Among("\u03c7", -(1), 1)];
  C.a_63 = P.a_63 = [new Among("\u03bc\u03b1\u03c4\u03b1", -(1), 1), new Among("\u03bc\u03b1\u03c4\u03c9\u03bd", -(1), 1), new Among("\u03bc\u03b1\u03c4\u03bf\u03c3", -(1), 1)];
  C.a_64 = P.a_64 = [new Among("\u03b1", -(1), 1), new Among("\u03b9\u03bf\u03c5\u03bc\u03b1", 0, 1), new Among("\u03bf\u03bc\u03bf\u03c5\u03bd\u03b1", 0, 1), new Among("\u03b9\u03bf\u03bc\u03bf\u03c5\u03bd\u03b1", 2, 1), new Among("\u03bf\u03c3\u03bf\u03c5\u03bd\u03b1", 0, 1), new Among("\u03b9\u03bf\u03c3\u03bf\u03c5\u03bd\u03b1", 4, 1), new Among("\u03b5", -(1), 1), new Among("\u03b1\u03b3\u03b1\u03c4\u03b5", 6, 1), new Among("\u03b7\u03ba\u03b1\u03c4\u03b5", 6, 1), new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03c4\u03b5", 8, 1), new Among("\u03b7\u03c3\u03b1\u03c4\u03b5", 6, 1), new Among("\u03bf\u03c5\u03c3\u03b1\u03c4\u03b5", 6, 1), new Among("\u03b5\u03b9\u03c4\u03b5", 6, 1), new Among("\u03b7\u03b8\u03b5\u03b9\u03c4\u03b5", 12, 1), new Among("\u03b9\u03b5\u03bc\u03b1\u03c3\u03c4\u03b5", 6, 1), new Among("\u03bf\u03c5\u03bc\u03b1\u03c3\u03c4\u03b5", 6, 1), new Among("\u03b9\u03bf\u03c5\u03bc\u03b1\u03c3\u03c4\u03b5", 15, 1), new Among("\u03b9\u03b5\u03c3\u03b1\u03c3\u03c4\u03b5", 6, 1), new Among("\u03bf\u03c3\u03b1\u03c3\u03c4\u03b5", 6, 1), new Among("\u03b9\u03bf\u03c3\u03b1\u03c3\u03c4\u03b5", 18, 1), new Among("\u03b7", -(1), 1), new Among("\u03b9", -(1), 1), new Among("\u03b1\u03bc\u03b1\u03b9", 21, 1), new Among("\u03b9\u03b5\u03bc\u03b1\u03b9", 21, 1), new Among("\u03bf\u03bc\u03b1\u03b9", 21, 1), new Among("\u03bf\u03c5\u03bc\u03b1\u03b9", 21, 1), new Among("\u03b1\u03c3\u03b1\u03b9", 21, 1), new Among("\u03b5\u03c3\u03b1\u03b9", 21, 1), new Among("\u03b9\u03b5\u03c3\u03b1\u03b9", 27, 1), new Among("\u03b1\u03c4\u03b1\u03b9", 21, 1), new Among("\u03b5\u03c4\u03b1\u03b9", 21, 1), new Among("\u03b9\u03b5\u03c4\u03b1\u03b9", 30, 1), new Among("\u03bf\u03bd\u03c4\u03b1\u03b9", 21, 1), new Among("\u03bf\u03c5\u03bd\u03c4\u03b1\u03b9", 21, 1), new Among("\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03b9", 33, 1), new Among("\u03b5\u03b9", 21, 1), new Among("\u03b1\u03b5\u03b9", 35, 1), new Among("\u03b7\u03b8\u03b5\u03b9", 35, 1), new Among("\u03b7\u03c3\u03b5\u03b9", 35, 1), new Among("\u03bf\u03b9", 21, 1), new Among("\u03b1\u03bd", -(1), 1), new Among("\u03b1\u03b3\u03b1\u03bd", 40, 1), new Among("\u03b7\u03ba\u03b1\u03bd", 40, 1), new Among("\u03b7\u03b8\u03b7\u03ba\u03b1\u03bd", 42, 1), new Among("\u03b7\u03c3\u03b1\u03bd", 40, 1), new Among("\u03bf\u03c5\u03c3\u03b1\u03bd", 40, 1), new Among("\u03bf\u03bd\u03c4\u03bf\u03c5\u03c3\u03b1\u03bd", 45, 1), new Among("\u03b9\u03bf\u03bd\u03c4\u03bf\u03c5\u03c3\u03b1\u03bd", 46, 1), new Among("\u03bf\u03bd\u03c4\u03b1\u03bd", 40, 1), new Among("\u03b9\u03bf\u03bd\u03c4\u03b1\u03bd", 48, 1), new Among("\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd", 40, 1), new Among("\u03b9\u03bf\u03c5\u03bd\u03c4\u03b1\u03bd", 50, 1), new Among("\u03bf\u03c4\u03b1\u03bd", 40, 1), new Among("\u03b9\u03bf\u03c4\u03b1\u03bd", 52, 1), new Among("\u03bf\u03bc\u03b1\u03c3\u03c4\u03b1\u03bd", 40, 1), new Among("\u03b9\u03bf\u03bc\u03b1\u03c3\u03c4\u03b1\u03bd", 54, 1), new Among("\u03bf\u03c3\u03b1\u03c3\u03c4\u03b1\u03bd", 40, 1), new Among("\u03b9\u03bf\u03c3\u03b1\u03c3\u03c4\u03b1\u03bd", 56, 1), new Among("\u03bf\u03c5\u03bd", -(1), 1), new Among("\u03b7\u03b8\u03bf\u03c5\u03bd", 58, 1), new Among("\u03bf\u03bc\u03bf\u03c5\u03bd", 58, 1), new Among("\u03b9\u03bf\u03bc\u03bf\u03c5\u03bd", 60, 1), new Among("\u03b7\u03c3\u03bf\u03c5\u03bd", 58, 1), new Among("\u03bf\u03c3\u03bf\u03c5\u03bd", 58, 1), new Among("\u03b9\u03bf\u03c3\u03bf\u03c5\u03bd", 63, 1), new Among("\u03c9\u03bd", -(1), 1), new Among("\u03b7\u03b4\u03c9\u03bd", 65, 1), new Among("\u03bf", -(1), 1), new Among("\u03b1\u03c3", -(1), 1), new Among("\u03b5\u03c3", -(1), 1), new Among("\u03b7\u03b4\u03b5\u03c3", 69, 1), new Among("\u03b7\u03c3\u03b5\u03c3", 69, 1), new Among("\u03b7\u03c3", -(1), 1), new Among("\u03b5\u03b9\u03c3", -(1), 1), new Among("\u03b7\u03b8\u03b5\u03b9\u03c3", 73, 1), new Among("\u03bf\u03c3", -(1), 1), new Among("\u03c5\u03c3", -(1), 1), new Among("\u03bf\u03c5\u03c3", 76, 1), new Among("\u03c5", -(1), 1), new Among("\u03bf\u03c5", 78, 1), new Among("\u03c9", -(1), 1), new Among("\u03b1\u03c9", 80, 1), new Among("\u03b7\u03b8\u03c9", 80, 1), new Among("\u03b7\u03c3\u03c9", 80, 1)];
  C.a_65 = P.a_65 = [new Among("\u03bf\u03c4\u03b5\u03c1", -(1), 1), new Among("\u03b5\u03c3\u03c4\u03b5\u03c1", -(1), 1), new Among("\u03c5\u03c4\u03b5\u03c1", -(1), 1), new Among("\u03c9\u03c4\u03b5\u03c1", -(1), 1), new Among("\u03bf\u03c4\u03b1\u03c4", -(1), 1), new Among("\u03b5\u03c3\u03c4\u03b1\u03c4", -(1), 1), new Among("\u03c5\u03c4\u03b1\u03c4", -(1), 1), new Among("\u03c9\u03c4\u03b1\u03c4", -(1), 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
