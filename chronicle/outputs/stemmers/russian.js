/* The Snowball russian stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.russian = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_mark_regions = function () {
    var v_1;
    this.I_pV = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      if (!(this.go_out_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
      this.I_pV = this.cursor;
      if (!(this.go_in_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
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
  P.r_perfective_gerund = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_0);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      while (true) {
        lab0: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0430"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u044f"))) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  };
  P.r_adjective = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_1) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_adjectival = function () {
    var v_1, among_var;
    if (!(this.r_adjective())) {
      return false;
    }
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      among_var = this.find_among_b(C.a_2);
      if ((among_var === 0)) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.bra = this.cursor;
      if ((among_var === 1)) {
        while (true) {
          lab1: {
            if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0430"))) {
              break lab1;
            }
            this.cursor -= 1;
            break;
          }
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u044f"))) {
            this.cursor = (this.limit - v_1);
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_del();
      } else {
        this.slice_del();
      }
    }
    return true;
  };
  P.r_reflexive = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_3) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_verb = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_4);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      while (true) {
        lab0: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0430"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u044f"))) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  };
  P.r_noun = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_5) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_derivational = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_6) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((this.I_p2 > this.cursor)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P.r_tidy_up = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_7);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      this.slice_del();
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u043d"))) {
        return false;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u043d"))) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    } else {
      if ((among_var === 2)) {
        if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u043d"))) {
          return false;
        }
        this.cursor -= 1;
        this.slice_del();
      } else {
        this.slice_del();
      }
    }
    return true;
  };
  P._stem = function () {
    var v_1, v_5, v_6, v_10, v_11, v_12, v_2, v_7, v_8, v_9, v_3;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          while (true) {
            v_3 = this.cursor;
            lab2: {
              this.bra = this.cursor;
              if (((this.cursor === this.limit) || (this.current[this.cursor] !== "\u0451"))) {
                break lab2;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              this.cursor = v_3;
              break;
            }
            this.cursor = v_3;
            if ((this.cursor >= this.limit)) {
              break lab1;
            }
            this.cursor += 1;
          }
          this.slice_from("\u0435");
          continue;
        }
        this.cursor = v_2;
        break;
      }
    }
    this.cursor = v_1;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    if ((this.cursor < this.I_pV)) {
      return false;
    }
    v_5 = this.limit_backward;
    this.limit_backward = this.I_pV;
    v_6 = (this.limit - this.cursor);
    lab0: {
      while (true) {
        v_7 = (this.limit - this.cursor);
        lab1: {
          if (!(this.r_perfective_gerund())) {
            break lab1;
          }
          break;
        }
        this.cursor = (this.limit - v_7);
        v_8 = (this.limit - this.cursor);
        lab1: {
          if (!(this.r_reflexive())) {
            this.cursor = (this.limit - v_8);
            break lab1;
          }
        }
        while (true) {
          v_9 = (this.limit - this.cursor);
          lab1: {
            if (!(this.r_adjectival())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_9);
          lab1: {
            if (!(this.r_verb())) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_9);
          if (!(this.r_noun())) {
            break lab0;
          }
          break;
        }
        break;
      }
    }
    this.cursor = (this.limit - v_6);
    v_10 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0438"))) {
        this.cursor = (this.limit - v_10);
        break lab0;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
    }
    v_11 = (this.limit - this.cursor);
    this.r_derivational();
    this.cursor = (this.limit - v_11);
    v_12 = (this.limit - this.cursor);
    this.r_tidy_up();
    this.cursor = (this.limit - v_12);
    this.limit_backward = v_5;
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["\u0430", "\u0435", "\u0438", "\u043e", "\u0443", "\u044b", "\u044d", "\u044e", "\u044f"]);
  C.I_p2 = P.I_p2 = 0;
  C.I_pV = P.I_pV = 0;
  C.a_0 = P.a_0 = [new Among("\u0432", -(1), 1), new Among("\u0438\u0432", 0, 2), new Among("\u044b\u0432", 0, 2), new Among("\u0432\u0448\u0438", -(1), 1), new Among("\u0438\u0432\u0448\u0438", 3, 2), new Among("\u044b\u0432\u0448\u0438", 3, 2), new Among("\u0432\u0448\u0438\u0441\u044c", -(1), 1), new Among("\u0438\u0432\u0448\u0438\u0441\u044c", 6, 2), new Among("\u044b\u0432\u0448\u0438\u0441\u044c", 6, 2)];
  C.a_1 = P.a_1 = [new Among("\u0435\u0435", -(1), 1), new Among("\u0438\u0435", -(1), 1), new Among("\u043e\u0435", -(1), 1), new Among("\u044b\u0435", -(1), 1), new Among("\u0438\u043c\u0438", -(1), 1), new Among("\u044b\u043c\u0438", -(1), 1), new Among("\u0435\u0439", -(1), 1), new Among("\u0438\u0439", -(1), 1), new Among("\u043e\u0439", -(1), 1), new Among("\u044b\u0439", -(1), 1), new Among("\u0435\u043c", -(1), 1), new Among("\u0438\u043c", -(1), 1), new Among("\u043e\u043c", -(1), 1), new Among("\u044b\u043c", -(1), 1), new Among("\u0435\u0433\u043e", -(1), 1), new Among("\u043e\u0433\u043e", -(1), 1), new Among("\u0435\u043c\u0443", -(1), 1), new Among("\u043e\u043c\u0443", -(1), 1), new Among("\u0438\u0445", -(1), 1), new Among("\u044b\u0445", -(1), 1), new Among("\u0435\u044e", -(1), 1), new Among("\u043e\u044e", -(1), 1), new Among("\u0443\u044e", -(1), 1), new Among("\u044e\u044e", -(1), 1), new Among("\u0430\u044f", -(1), 1), new Among("\u044f\u044f", -(1), 1)];
  C.a_2 = P.a_2 = [new Among("\u0435\u043c", -(1), 1), new Among("\u043d\u043d", -(1), 1), new Among("\u0432\u0448", -(1), 1), new Among("\u0438\u0432\u0448", 2, 2), new Among("\u044b\u0432\u0448", 2, 2), new Among("\u0449", -(1), 1), new Among("\u044e\u0449", 5, 1), new Among("\u0443\u044e\u0449", 6, 2)];
  C.a_3 = P.a_3 = [new Among("\u0441\u044c", -(1), 1), new Among("\u0441\u044f", -(1), 1)];
  C.a_4 = P.a_4 = [new Among("\u043b\u0430", -(1), 1), new Among("\u0438\u043b\u0430", 0, 2), new Among("\u044b\u043b\u0430", 0, 2), new Among("\u043d\u0430", -(1), 1), new Among("\u0435\u043d\u0430", 3, 2), new Among("\u0435\u0442\u0435", -(1), 1), new Among("\u0438\u0442\u0435", -(1), 2), new Among("\u0439\u0442\u0435", -(1), 1), new Among("\u0435\u0439\u0442\u0435", 7, 2), new Among("\u0443\u0439\u0442\u0435", 7, 2), new Among("\u043b\u0438", -(1), 1), new Among("\u0438\u043b\u0438", 10, 2), new Among("\u044b\u043b\u0438", 10, 2), new Among("\u0439", -(1), 1), new Among("\u0435\u0439", 13, 2), new Among("\u0443\u0439", 13, 2), new Among("\u043b", -(1), 1), new Among("\u0438\u043b", 16, 2), new Among("\u044b\u043b", 16, 2), new Among("\u0435\u043c", -(1), 1), new Among("\u0438\u043c", -(1), 2), new Among("\u044b\u043c", -(1), 2), new Among("\u043d", -(1), 1), new Among("\u0435\u043d", 22, 2), new Among("\u043b\u043e", -(1), 1), new Among("\u0438\u043b\u043e", 24, 2), new Among("\u044b\u043b\u043e", 24, 2), new Among("\u043d\u043e", -(1), 1), new Among("\u0435\u043d\u043e", 27, 2), new Among("\u043d\u043d\u043e", 27, 1), new Among("\u0435\u0442", -(1), 1), new Among("\u0443\u0435\u0442", 30, 2), new Among("\u0438\u0442", -(1), 2), new Among("\u044b\u0442", -(1), 2), new Among("\u044e\u0442", -(1), 1), new Among("\u0443\u044e\u0442", 34, 2), new Among("\u044f\u0442", -(1), 2), new Among("\u043d\u044b", -(1), 1), new Among("\u0435\u043d\u044b", 37, 2), new Among("\u0442\u044c", -(1), 1), new Among("\u0438\u0442\u044c", 39, 2), new Among("\u044b\u0442\u044c", 39, 2), new Among("\u0435\u0448\u044c", -(1), 1), new Among("\u0438\u0448\u044c", -(1), 2), new Among("\u044e", -(1), 2), new Among("\u0443\u044e", 44, 2)];
  C.a_5 = P.a_5 = [new Among("\u0430", -(1), 1), new Among("\u0435\u0432", -(1), 1), new Among("\u043e\u0432", -(1), 1), new Among("\u0435", -(1), 1), new Among("\u0438\u0435", 3, 1), new Among("\u044c\u0435", 3, 1), new Among("\u0438", -(1), 1), new Among("\u0435\u0438", 6, 1), new Among("\u0438\u0438", 6, 1), new Among("\u0430\u043c\u0438", 6, 1), new Among("\u044f\u043c\u0438", 6, 1), new Among("\u0438\u044f\u043c\u0438", 10, 1), new Among("\u0439", -(1), 1), new Among("\u0435\u0439", 12, 1), new Among("\u0438\u0435\u0439", 13, 1), new Among("\u0438\u0439", 12, 1), new Among("\u043e\u0439", 12, 1), new Among("\u0430\u043c", -(1), 1), new Among("\u0435\u043c", -(1), 1), new Among("\u0438\u0435\u043c", 18, 1), new Among("\u043e\u043c", -(1), 1), new Among("\u044f\u043c", -(1), 1), new Among("\u0438\u044f\u043c", 21, 1), new Among("\u043e", -(1), 1), new Among("\u0443", -(1), 1), new Among("\u0430\u0445", -(1), 1), new Among("\u044f\u0445", -(1), 1), new Among("\u0438\u044f\u0445", 26, 1), new Among("\u044b", -(1), 1), new Among("\u044c", -(1), 1), new Among("\u044e", -(1), 1), new Among("\u0438\u044e", 30, 1), new Among("\u044c\u044e", 30, 1), new Among("\u044f", -(1), 1), new Among("\u0438\u044f", 33, 1), new Among("\u044c\u044f", 33, 1)];
  C.a_6 = P.a_6 = [new Among("\u043e\u0441\u0442", -(1), 1), new Among("\u043e\u0441\u0442\u044c", -(1), 1)];
  C.a_7 = P.a_7 = [new Among("\u0435\u0439\u0448\u0435", -(1), 1), new Among("\u043d", -(1), 2), new Among("\u0435\u0439\u0448", -(1), 1), new Among("\u044c", -(1), 3)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
