/* The Snowball english stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.english = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_prelude = function () {
    var v_1, v_2, v_3, v_4, v_5;
    this.B_Y_found = false;
    v_1 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      if (((this.cursor === this.limit) || (this.current[this.cursor] !== "'"))) {
        break lab0;
      }
      this.cursor += 1;
      this.ket = this.cursor;
      this.slice_del();
    }
    this.cursor = v_1;
    v_2 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      if (((this.cursor === this.limit) || (this.current[this.cursor] !== "y"))) {
        break lab0;
      }
      this.cursor += 1;
      this.ket = this.cursor;
      this.slice_from("Y");
      this.B_Y_found = true;
    }
    this.cursor = v_2;
    v_3 = this.cursor;
    lab0: {
      while (true) {
        v_4 = this.cursor;
        lab1: {
          while (true) {
            v_5 = this.cursor;
            lab2: {
              if (!(this.in_grouping(C.g_v))) {
                break lab2;
              }
              this.bra = this.cursor;
              if (((this.cursor === this.limit) || (this.current[this.cursor] !== "y"))) {
                break lab2;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              this.cursor = v_5;
              break;
            }
            this.cursor = v_5;
            if ((this.cursor >= this.limit)) {
              break lab1;
            }
            this.cursor += 1;
          }
          this.slice_from("Y");
          this.B_Y_found = true;
          continue;
        }
        this.cursor = v_4;
        break;
      }
    }
    this.cursor = v_3;
    return true;
  };
  P.r_mark_regions = function () {
    var v_1, v_2;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if ((this.find_among(C.a_0) === 0)) {
            break lab1;
          }
          break;
        }
        this.cursor = v_2;
        if (!(this.go_out_grouping(C.g_v))) {
          break lab0;
        }
        this.cursor += 1;
        if (!(this.go_in_grouping(C.g_v))) {
          break lab0;
        }
        this.cursor += 1;
        break;
      }
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
    this.cursor = v_1;
    return true;
  };
  P.r_shortv = function () {
    var v_1;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (!(this.out_grouping_b(C.g_v_WXY))) {
          break lab0;
        }
        if (!(this.in_grouping_b(C.g_v))) {
          break lab0;
        }
        if (!(this.out_grouping_b(C.g_v))) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!(this.out_grouping_b(C.g_v))) {
          break lab0;
        }
        if (!(this.in_grouping_b(C.g_v))) {
          break lab0;
        }
        if ((this.cursor > this.limit_backward)) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      if (!(this.eq_s_b("past"))) {
        return false;
      }
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
  P.r_Step_1a = function () {
    var v_1, among_var, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if ((this.find_among_b(C.a_1) === 0)) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
    }
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_2);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      this.slice_from("ss");
    } else {
      if ((among_var === 2)) {
        while (true) {
          v_2 = (this.limit - this.cursor);
          lab0: {
            if (((this.cursor - 2) < this.limit_backward)) {
              break lab0;
            }
            this.cursor -= 2;
            this.slice_from("i");
            break;
          }
          this.cursor = (this.limit - v_2);
          this.slice_from("ie");
          break;
        }
      } else {
        if ((among_var === 3)) {
          if ((this.cursor <= this.limit_backward)) {
            return false;
          }
          this.cursor -= 1;
          if (!(this.go_out_grouping_b(C.g_v))) {
            return false;
          }
          this.cursor -= 1;
          this.slice_del();
        }
      }
    }
    return true;
  };
  P.r_Step_1b = function () {
    var among_var, v_1, v_5, v_6, v_2, v_7, v_8, v_3, v_4;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_5);
    this.bra = this.cursor;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if ((among_var === 1)) {
          v_2 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_R1())) {
              break lab1;
            }
            while (true) {
              v_3 = (this.limit - this.cursor);
              lab2: {
                if ((this.find_among_b(C.a_3) === 0)) {
                  break lab2;
                }
                if ((this.cursor > this.limit_backward)) {
                  break lab2;
                }
                break;
              }
              this.cursor = (this.limit - v_3);
              this.slice_from("ee");
              break;
            }
          }
          this.cursor = (this.limit - v_2);
        } else {
          if ((among_var === 2)) {
            break lab0;
          } else {
            if ((among_var === 3)) {
              among_var = this.find_among_b(C.a_4);
              if ((among_var === 0)) {
                break lab0;
              }
              if ((among_var === 1)) {
                v_4 = (this.limit - this.cursor);
                if (!(this.out_grouping_b(C.g_v))) {
                  break lab0;
                }
                if ((this.cursor > this.limit_backward)) {
                  break lab0;
                }
                this.cursor = (this.limit - v_4);
                this.bra = this.cursor;
                this.slice_from("ie");
              } else {
                if ((this.cursor > this.limit_backward)) {
                  break lab0;
                }
              }
            }
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      v_5 = (this.limit - this.cursor);
      if (!(this.go_out_grouping_b(C.g_v))) {
        return false;
      }
      this.cursor -= 1;
      this.cursor = (this.limit - v_5);
      this.slice_del();
      this.ket = this.cursor;
      this.bra = this.cursor;
      v_6 = (this.limit - this.cursor);
      among_var = this.find_among_b(C.a_6);
      if ((among_var === 1)) {
        this.slice_from("e");
        return false;
      } else {
        if ((among_var === 2)) {
          v_7 = (this.limit - this.cursor);
          lab0: {
            if (!(this.in_grouping_b(C.g_aeo))) {
              break lab0;
            }
            if ((this.cursor > this.limit_backward)) {
              break lab0;
            }
            return false;
          }
          this.cursor = (this.limit - v_7);
        } else {
          if ((this.cursor !== this.I_p1)) {
            return false;
          }
          v_8 = (this.limit - this.cursor);
          if (!(this.r_shortv())) {
            return false;
          }
          this.cursor = (this.limit - v_8);
          this.slice_from("e");
          return false;
        }
      }
      this.cursor = (this.limit - v_6);
      this.ket = this.cursor;
      if ((this.cursor <= this.limit_backward)) {
        return false;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
      break;
    }
    return true;
  };
  P.r_Step_1c = function () {
    this.ket = this.cursor;
    while (true) {
      lab0: {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "y"))) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "Y"))) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.bra = this.cursor;
    if (!(this.out_grouping_b(C.g_v))) {
      return false;
    }
    if ((this.cursor <= this.limit_backward)) {
      return false;
    }
    this.slice_from("i");
    return true;
  };
  P.r_Step_2 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_7);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    if ((among_var === 1)) {
      this.slice_from("tion");
    } else {
      if ((among_var === 2)) {
        this.slice_from("ence");
      } else {
        if ((among_var === 3)) {
          this.slice_from("ance");
        } else {
          if ((among_var === 4)) {
            this.slice_from("able");
          } else {
            if ((among_var === 5)) {
              this.slice_from("ent");
            } else {
              if ((among_var === 6)) {
                this.slice_from("ize");
              } else {
                if ((among_var === 7)) {
                  this.slice_from("ate");
                } else {
                  if ((among_var === 8)) {
                    this.slice_from("al");
                  } else {
                    if ((among_var === 9)) {
                      this.slice_from("ful");
                    } else {
                      if ((among_var === 10)) {
                        this.slice_from("ous");
                      } else {
                        if ((among_var === 11)) {
                          this.slice_from("ive");
                        } else {
                          if ((among_var === 12)) {
                            this.slice_from("ble");
                          } else {
                            if ((among_var === 13)) {
                              this.slice_from("og");
                            } else {
                              if ((among_var === 14)) {
                                if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "l"))) {
                                  return false;
                                }
                                this.cursor -= 1;
                                this.slice_from("og");
                              } else {
                                if ((among_var === 15)) {
                                  this.slice_from("less");
                                } else {
                                  if (!(this.in_grouping_b(C.g_valid_LI))) {
                                    return false;
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
              }
            }
          }
        }
      }
    }
    return true;
  };
  P.r_Step_3 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_8);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R1())) {
      return false;
    }
    if ((among_var === 1)) {
      this.slice_from("tion");
    } else {
      if ((among_var === 2)) {
        this.slice_from("ate");
      } else {
        if ((among_var === 3)) {
          this.slice_from("al");
        } else {
          if ((among_var === 4)) {
            this.slice_from("ic");
          } else {
            if ((among_var === 5)) {
              this.slice_del();
            } else {
              if (!(this.r_R2())) {
                return false;
              }
              this.slice_del();
            }
          }
        }
      }
    }
    return true;
  };
  P.r_Step_4 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_9);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if (!(this.r_R2())) {
      return false;
    }
    if ((among_var === 1)) {
      this.slice_del();
    } else {
      while (true) {
        lab0: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "s"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "t"))) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_Step_5 = function () {
    var among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_10);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      while (true) {
        lab0: {
          if (!(this.r_R2())) {
            break lab0;
          }
          break;
        }
        if (!(this.r_R1())) {
          return false;
        }
        v_1 = (this.limit - this.cursor);
        lab0: {
          if (!(this.r_shortv())) {
            break lab0;
          }
          return false;
        }
        this.cursor = (this.limit - v_1);
        break;
      }
      this.slice_del();
    } else {
      if (!(this.r_R2())) {
        return false;
      }
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "l"))) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    return true;
  };
  P.r_exception1 = function () {
    var among_var;
    this.bra = this.cursor;
    among_var = this.find_among(C.a_11);
    if ((among_var === 0)) {
      return false;
    }
    this.ket = this.cursor;
    if ((this.cursor < this.limit)) {
      return false;
    }
    if ((among_var > 0)) {
      this.slice_from(C.as_11[(among_var - 1)]);
    }
    return true;
  };
  P.r_postlude = function () {
    var v_1, v_2;
    if (!(this.B_Y_found)) {
      return false;
    }
    while (true) {
      v_1 = this.cursor;
      lab0: {
        while (true) {
          v_2 = this.cursor;
          lab1: {
            this.bra = this.cursor;
            if (((this.cursor === this.limit) || (this.current[this.cursor] !== "Y"))) {
              break lab1;
            }
            this.cursor += 1;
            this.ket = this.cursor;
            this.cursor = v_2;
            break;
          }
          this.cursor = v_2;
          if ((this.cursor >= this.limit)) {
            break lab0;
          }
          this.cursor += 1;
        }
        this.slice_from("y");
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if (!(this.r_exception1())) {
          break lab0;
        }
        break;
      }
      this.cursor = v_1;
      lab0: {
        lab1: {
          if (((this.cursor + 3) > this.limit)) {
            break lab1;
          }
          this.cursor += 3;
          break lab0;
        }
        break;
      }
      this.cursor = v_1;
      this.r_prelude();
      this.r_mark_regions();
      this.limit_backward = this.cursor;
      this.cursor = this.limit;
      v_2 = (this.limit - this.cursor);
      this.r_Step_1a();
      this.cursor = (this.limit - v_2);
      v_3 = (this.limit - this.cursor);
      this.r_Step_1b();
      this.cursor = (this.limit - v_3);
      v_4 = (this.limit - this.cursor);
      this.r_Step_1c();
      this.cursor = (this.limit - v_4);
      v_5 = (this.limit - this.cursor);
      this.r_Step_2();
      this.cursor = (this.limit - v_5);
      v_6 = (this.limit - this.cursor);
      this.r_Step_3();
      this.cursor = (this.limit - v_6);
      v_7 = (this.limit - this.cursor);
      this.r_Step_4();
      this.cursor = (this.limit - v_7);
      v_8 = (this.limit - this.cursor);
      this.r_Step_5();
      this.cursor = (this.limit - v_8);
      this.cursor = this.limit_backward;
      v_9 = this.cursor;
      this.r_postlude();
      this.cursor = v_9;
      break;
    }
    return true;
  };
  C.g_aeo = P.g_aeo = "aeo";
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y"]);
  C.g_v_WXY = P.g_v_WXY = new Set(["Y", "a", "e", "i", "o", "u", "w", "x", "y"]);
  C.g_valid_LI = P.g_valid_LI = new Set(["c", "d", "e", "g", "h", "k", "m", "n", "r", "t"]);
  C.B_Y_found = P.B_Y_found = false;
  C.I_p2 = P.I_p2 = 0;
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("arsen", -(1), -(1)), new Among("commun", -(1), -(1)), new Among("emerg", -(1), -(1)), new Among("gener", -(1), -(1)), new Among("inter", -(1), -(1)), new Among("later", -(1), -(1)), new Among("organ", -(1), -(1)), new Among("past", -(1), -(1)), new Among("univers", -(1), -(1))];
  C.a_1 = P.a_1 = [new Among("'", -(1), 1), new Among("'s'", 0, 1), new Among("'s", -(1), 1)];
  C.a_2 = P.a_2 = [new Among("ied", -(1), 2), new Among("s", -(1), 3), new Among("ies", 1, 2), new Among("sses", 1, 1), new Among("ss", 1, -(1)), new Among("us", 1, -(1))];
  C.a_3 = P.a_3 = [new Among("succ", -(1), 1), new Among("proc", -(1), 1), new Among("exc", -(1), 1)];
  C.a_4 = P.a_4 = [new Among("even", -(1), 2), new Among("cann", -(1), 2), new Among("inn", -(1), 2), new Among("earr", -(1), 2), new Among("herr", -(1), 2), new Among("out", -(1), 2), new Among("y", -(1), 1)];
  C.a_5 = P.a_5 = [new Among("", -(1), -(1)), new Among("ed", 0, 2), new Among("eed", 1, 1), new Among("ing", 0, 3), new Among("edly", 0, 2), new Among("eedly", 4, 1), new Among("ingly", 0, 2)];
  C.a_6 = P.a_6 = [new Among("", -(1), 3), new Among("bb", 0, 2), new Among("dd", 0, 2), new Among("ff", 0, 2), new Among("gg", 0, 2), new Among("bl", 0, 1), new Among("mm", 0, 2), new Among("nn", 0, 2), new Among("pp", 0, 2), new Among("rr", 0, 2), new Among("at", 0, 1), new Among("tt", 0, 2), new Among("iz", 0, 1)];
  C.a_7 = P.a_7 = [new Among("anci", -(1), 3), new Among("enci", -(1), 2), new Among("ogi", -(1), 14), new Among("li", -(1), 16), new Among("bli", 3, 12), new Among("abli", 4, 4), new Among("alli", 3, 8), new Among("fulli", 3, 9), new Among("lessli", 3, 15), new Among("ousli", 3, 10), new Among("entli", 3, 5), new Among("aliti", -(1), 8), new Among("biliti", -(1), 12), new Among("iviti", -(1), 11), new Among("tional", -(1), 1), new Among("ational", 14, 7), new Among("alism", -(1), 8), new Among("ation", -(1), 7), new Among("ization", 17, 6), new Among("izer", -(1), 6), new Among("ator", -(1), 7), new Among("iveness", -(1), 11), new Among("fulness", -(1), 9), new Among("ousness", -(1), 10), new Among("ogist", -(1), 13)];
  C.a_8 = P.a_8 = [new Among("icate", -(1), 4), new Among("ative", -(1), 6), new Among("alize", -(1), 3), new Among("iciti", -(1), 4), new Among("ical", -(1), 4), new Among("tional", -(1), 1), new Among("ational", 5, 2), new Among("ful", -(1), 5), new Among("ness", -(1), 5)];
  C.a_9 = P.a_9 = [new Among("ic", -(1), 1), new Among("ance", -(1), 1), new Among("ence", -(1), 1), new Among("able", -(1), 1), new Among("ible", -(1), 1), new Among("ate", -(1), 1), new Among("ive", -(1), 1), new Among("ize", -(1), 1), new Among("iti", -(1), 1), new Among("al", -(1), 1), new Among("ism", -(1), 1), new Among("ion", -(1), 2), new Among("er", -(1), 1), new Among("ous", -(1), 1), new Among("ant", -(1), 1), new Among("ent", -(1), 1), new Among("ment", 15, 1), new Among("ement", 16, 1)];
  C.a_10 = P.a_10 = [new Among("e", -(1), 1), new Among("l", -(1), 2)];
  C.a_11 = P.a_11 = [new Among("andes", -(1), -(1)), new Among("atlas", -(1), -(1)), new Among("bias", -(1), -(1)), new Among("cosmos", -(1), -(1)), new Among("early", -(1), 6), new Among("gently", -(1), 4), new Among("howe", -(1), -(1)), new Among("idly", -(1), 3), new Among("news", -(1), -(1)), new Among("only", -(1), 7), new Among("singly", -(1), 8), new Among("skies", -(1), 2), new Among("skis", -(1), 1), new Among("sky", -(1), -(1)), new Among("ugly", -(1), 5)];
  C.as_11 = P.as_11 = ["ski", "sky", "idl", "gentl", "ugli", "earli", "onli", "singl"];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
