/* The Snowball nepali stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.nepali = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_remove_category_1 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_0);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      this.slice_del();
    } else {
      while (true) {
        lab0: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u090f"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        lab0: {
          if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "\u0947"))) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        this.slice_del();
        break;
      }
    }
    return true;
  };
  P.r_remove_category_2 = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_1);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((among_var === 1)) {
      while (true) {
        lab0: {
          if (!(this.eq_s_b("\u092f\u094c"))) {
            break lab0;
          }
          break;
        }
        lab0: {
          if (!(this.eq_s_b("\u091b\u094c"))) {
            break lab0;
          }
          break;
        }
        lab0: {
          if (!(this.eq_s_b("\u0928\u094c"))) {
            break lab0;
          }
          break;
        }
        if (!(this.eq_s_b("\u0925\u0947"))) {
          return false;
        }
        break;
      }
      this.slice_del();
    } else {
      if (!(this.eq_s_b("\u0924\u094d\u0930"))) {
        return false;
      }
      this.slice_del();
    }
    return true;
  };
  P.r_remove_category_3 = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_2) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_1, v_2, v_3;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    this.r_remove_category_1();
    this.cursor = (this.limit - v_1);
    while (true) {
      v_2 = (this.limit - this.cursor);
      lab0: {
        v_3 = (this.limit - this.cursor);
        this.r_remove_category_2();
        this.cursor = (this.limit - v_3);
        if (!(this.r_remove_category_3())) {
          break lab0;
        }
        continue;
      }
      this.cursor = (this.limit - v_2);
      break;
    }
    this.cursor = this.limit_backward;
    return true;
  };
  C.a_0 = P.a_0 = [new Among("\u0932\u093e\u0907", -(1), 1), new Among("\u0932\u093e\u0908", -(1), 1), new Among("\u0938\u0901\u0917", -(1), 1), new Among("\u0938\u0902\u0917", -(1), 1), new Among("\u092e\u093e\u0930\u094d\u092b\u0924", -(1), 1), new Among("\u0930\u0924", -(1), 1), new Among("\u0915\u093e", -(1), 2), new Among("\u092e\u093e", -(1), 1), new Among("\u0926\u094d\u0935\u093e\u0930\u093e", -(1), 1), new Among("\u0915\u093f", -(1), 2), new Among("\u092a\u091b\u093f", -(1), 1), new Among("\u0915\u0940", -(1), 2), new Among("\u0932\u0947", -(1), 1), new Among("\u0915\u0948", -(1), 2), new Among("\u0938\u0901\u0917\u0948", -(1), 1), new Among("\u092e\u0948", -(1), 1), new Among("\u0915\u094b", -(1), 2)];
  C.a_1 = P.a_1 = [new Among("\u0901", -(1), 1), new Among("\u0902", -(1), 1), new Among("\u0948", -(1), 2)];
  C.a_2 = P.a_2 = [new Among("\u0925\u093f\u090f", -(1), 1), new Among("\u091b", -(1), 1), new Among("\u0907\u091b", 1, 1), new Among("\u090f\u091b", 1, 1), new Among("\u093f\u091b", 1, 1), new Among("\u0947\u091b", 1, 1), new Among("\u0928\u0947\u091b", 5, 1), new Among("\u0939\u0941\u0928\u0947\u091b", 6, 1), new Among("\u0907\u0928\u094d\u091b", 1, 1), new Among("\u093f\u0928\u094d\u091b", 1, 1), new Among("\u0939\u0941\u0928\u094d\u091b", 1, 1), new Among("\u090f\u0915\u093e", -(1), 1), new Among("\u0907\u090f\u0915\u093e", 11, 1), new Among("\u093f\u090f\u0915\u093e", 11, 1), new Among("\u0947\u0915\u093e", -(1), 1), new Among("\u0928\u0947\u0915\u093e", 14, 1), new Among("\u0926\u093e", -(1), 1), new Among("\u0907\u0926\u093e", 16, 1), new Among("\u093f\u0926\u093e", 16, 1), new Among("\u0926\u0947\u0916\u093f", -(1), 1), new Among("\u092e\u093e\u0925\u093f", -(1), 1), new Among("\u090f\u0915\u0940", -(1), 1), new Among("\u0907\u090f\u0915\u0940", 21, 1), new Among("\u093f\u090f\u0915\u0940", 21, 1), new Among("\u0947\u0915\u0940", -(1), 1), new Among("\u0926\u0947\u0916\u0940", -(1), 1), new Among("\u0925\u0940", -(1), 1), new Among("\u0926\u0940", -(1), 1), new Among("\u091b\u0941", -(1), 1), new Among("\u090f\u091b\u0941", 28, 1), new Among("\u0947\u091b\u0941", 28, 1), new Among("\u0928\u0947\u091b\u0941", 30, 1), new Among("\u0928\u0941", -(1), 1), new Among("\u0939\u0930\u0941", -(1), 1), new Among("\u0939\u0930\u0942", -(1), 1), new Among("\u091b\u0947", -(1), 1), new Among("\u0925\u0947", -(1), 1), new Among("\u0928\u0947", -(1), 1), new Among("\u090f\u0915\u0948", -(1), 1), new Among("\u0947\u0915\u0948", -(1), 1), new Among("\u0928\u0947\u0915\u0948", 39, 1), new Among("\u0926\u0948", -(1), 1), new Among("\u0907\u0926\u0948", 41, 1), new Among("\u093f\u0926\u0948", 41, 1), new Among("\u090f\u0915\u094b", -(1), 1), new Among("\u0907\u090f\u0915\u094b", 44, 1), new Among("\u093f\u090f\u0915\u094b", 44, 1), new Among("\u0947\u0915\u094b", -(1), 1), new Among("\u0928\u0947\u0915\u094b", 47, 1), new Among("\u0926\u094b", -(1), 1), new Among("\u0907\u0926\u094b", 49, 1), new Among("\u093f\u0926\u094b", 49, 1), new Among("\u092f\u094b", -(1), 1), new Among("\u0907\u092f\u094b", 52, 1), new Among("\u092d\u092f\u094b", 52, 1), new Among("\u093f\u092f\u094b", 52, 1), new Among("\u0925\u093f\u092f\u094b", 55, 1), new Among("\u0926\u093f\u092f\u094b", 55, 1), new Among("\u0925\u094d\u092f\u094b", 52, 1), new Among("\u091b\u094c", -(1), 1), new Among("\u0907\u091b\u094c", 59, 1), new Among("\u090f\u091b\u094c", 59, 1), new Among("\u093f\u091b\u094c", 59, 1), new Among("\u0947\u091b\u094c", 59, 1), new Among("\u0928\u0947\u091b\u094c", 63, 1), new Among("\u092f\u094c", -(1), 1), new Among("\u0925\u093f\u092f\u094c", 65, 1), new Among("\u091b\u094d\u092f\u094c", 65, 1), new Among("\u0925\u094d\u092f\u094c", 65, 1), new Among("\u091b\u0928\u094d", -(1), 1), new Among("\u0907\u091b\u0928\u094d", 69, 1), new Among("\u090f\u091b\u0928\u094d", 69, 1), new Among("\u093f\u091b\u0928\u094d", 69, 1), new Among("\u0947\u091b\u0928\u094d", 69, 1), new Among("\u0928\u0947\u091b\u0928\u094d", 73, 1), new Among("\u0932\u093e\u0928\u094d", -(1), 1), new Among("\u091b\u093f\u0928\u094d", -(1), 1), new Among("\u0925\u093f\u0928\u094d", -(1), 1), new Among("\u092a\u0930\u094d", -(1), 1), new Among("\u0907\u0938\u094d", -(1), 1), new Among("\u0925\u093f\u0907\u0938\u094d", 79, 1), new Among("\u091b\u0938\u094d", -(1), 1), new Among("\u0907\u091b\u0938\u094d", 81, 1), new Among("\u090f\u091b\u0938\u094d", 81, 1), new Among("\u093f\u091b\u0938\u094d", 81, 1), new Among("\u0947\u091b\u0938\u094d", 81, 1), new Among("\u0928\u0947\u091b\u0938\u094d", 85, 1), new Among("\u093f\u0938\u094d", -(1), 1), new Among("\u0925\u093f\u0938\u094d", 87, 1), new Among("\u091b\u0947\u0938\u094d", -(1), 1), new Among("\u0939\u094b\u0938\u094d", -(1), 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
