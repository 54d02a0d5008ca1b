/* The Snowball hindi stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.hindi = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_CONSONANT = function () {
    return this.in_grouping_b(C.g_consonant);
  };
  P._stem = function () {
    if ((this.cursor >= this.limit)) {
      return false;
    }
    this.cursor += 1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_0) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_consonant = P.g_consonant = new Set(["\u0915", "\u0916", "\u0917", "\u0918", "\u0919", "\u091a", "\u091b", "\u091c", "\u091d", "\u091e", "\u091f", "\u0920", "\u0921", "\u0922", "\u0923", "\u0924", "\u0925", "\u0926", "\u0927", "\u0928", "\u0929", "\u092a", "\u092b", "\u092c", "\u092d", "\u092e", "\u092f", "\u0930", "\u0931", "\u0932", "\u0933", "\u0934", "\u0935", "\u0936", "\u0937", "\u0938", "\u0939", "\u093c", "\u0958", "\u0959", "\u095a", "\u095b", "\u095c", "\u095d", "\u095e", "\u095f"]);
  C.a_0 = P.a_0 = [new Among("\u0906\u0901", -(1), -(1)), new Among("\u093e\u0901", -(1), -(1)), new Among("\u0907\u092f\u093e\u0901", 1, -(1)), new Among("\u0906\u0907\u092f\u093e\u0901", 2, -(1)), new Among("\u093e\u0907\u092f\u093e\u0901", 2, -(1)), new Among("\u093f\u092f\u093e\u0901", 1, -(1)), new Among("\u0906\u0902", -(1), -(1)), new Among("\u0909\u0906\u0902", 6, -(1)), new Among("\u0941\u0906\u0902", 6, -(1)), new Among("\u0908\u0902", -(1), -(1)), new Among("\u0906\u0908\u0902", 9, -(1)), new Among("\u093e\u0908\u0902", 9, -(1)), new Among("\u090f\u0902", -(1), -(1)), new Among("\u0906\u090f\u0902", 12, -(1)), new Among("\u0909\u090f\u0902", 12, -(1)), new Among("\u093e\u090f\u0902", 12, -(1)), new Among("\u0924\u093e\u090f\u0902", 15, -(1), P.r_CONSONANT), new Among("\u0905\u0924\u093e\u090f\u0902", 16, -(1)), new Among("\u0928\u093e\u090f\u0902", 15, -(1), P.r_CONSONANT), new Among("\u0905\u0928\u093e\u090f\u0902", 18, -(1)), new Among("\u0941\u090f\u0902", 12, -(1)), new Among("\u0913\u0902", -(1), -(1)), new Among("\u0906\u0913\u0902", 21, -(1)), new Among("\u0909\u0913\u0902", 21, -(1)), new Among("\u093e\u0913\u0902", 21, -(1)), new Among("\u0924\u093e\u0913\u0902", 24, -(1), P.r_CONSONANT), new Among("\u0905\u0924\u093e\u0913\u0902", 25, -(1)), new Among("\u0928\u093e\u0913\u0902", 24, -(1), P.r_CONSONANT), new Among("\u0905\u0928\u093e\u0913\u0902", 27, -(1)), new Among("\u0941\u0913\u0902", 21, -(1)), new Among("\u093e\u0902", -(1), -(1)), new Among("\u0907\u092f\u093e\u0902", 30, -(1)), new Among("\u0906\u0907\u092f\u093e\u0902", 31, -(1)), new Among("\u093e\u0907\u092f\u093e\u0902", 31, -(1)), new Among("\u093f\u092f\u093e\u0902", 30, -(1)), new Among("\u0940\u0902", -(1), -(1)), new Among("\u0924\u0940\u0902", 35, -(1), P.r_CONSONANT), new Among("\u0905\u0924\u0940\u0902", 36, -(1)), new Among("\u0906\u0924\u0940\u0902", 36, -(1)), new Among("\u093e\u0924\u0940\u0902", 36, -(1)), new Among("\u0947\u0902", -(1), -(1)), new Among("\u094b\u0902", -(1), -(1)), new Among("\u0907\u092f\u094b\u0902", 41, -(1)), new Among("\u0906\u0907\u092f\u094b\u0902", 42, -(1)), new Among("\u093e\u0907\u092f\u094b\u0902", 42, -(1)), new Among("\u093f\u092f\u094b\u0902", 41, -(1)), new Among("\u0905", -(1), -(1)), new Among("\u0906", -(1), -(1)), new Among("\u0907", -(1), -(1)), new Among("\u0908", -(1), -(1)), new Among("\u0906\u0908", 49, -(1)), new Among("\u093e\u0908", 49, -(1)), new Among("\u0909", -(1), -(1)), new Among("\u090a", -(1), -(1)), new Among("\u090f", -(1), -(1)), new Among("\u0906\u090f", 54, -(1)), new Among("\u0907\u090f", 54, -(1)), new Among("\u0906\u0907\u090f", 56, -(1)), new Among("\u093e\u0907\u090f", 56, -(1)), new Among("\u093e\u090f", 54, -(1)), new Among("\u093f\u090f", 54, -(1)), new Among("\u0913", -(1), -(1)), new Among("\u0906\u0913", 61, -(1)), new Among("\u093e\u0913", 61, -(1)), new Among("\u0915\u0930", -(1), -(1), P.r_CONSONANT), new Among("\u0905\u0915\u0930", 64, -(1)), new Among("\u0906\u0915\u0930", 64, -(1)), new Among("\u093e\u0915\u0930", 64, -(1)), new Among("\u093e", -(1), -(1)), new Among("\u090a\u0902\u0917\u093e", 68, -(1)), new Among("\u0906\u090a\u0902\u0917\u093e", 69, -(1)), new Among("\u093e\u090a\u0902\u0917\u093e", 69, -(1)), new Among("\u0942\u0902\u0917\u093e", 68, -(1)), new Among("\u090f\u0917\u093e", 68, -(1)), new Among("\u0906\u090f\u0917\u093e", 73, -(1)), new Among("\u093e\u090f\u0917\u093e", 73, -(1)), new Among("\u0947\u0917\u093e", 68, -(1)), new Among("\u0924\u093e", 68, -(1), P.r_CONSONANT), new Among("\u0905\u0924\u093e", 77, -(1)), new Among("\u0906\u0924\u093e", 77, -(1)), new Among("\u093e\u0924\u093e", 77, -(1)), new Among("\u0928\u093e", 68, -(1), P.r_CONSONANT), new Among("\u0905\u0928\u093e", 81, -(1)), new Among("\u0906\u0928\u093e", 81, -(1)), new Among("\u093e\u0928\u093e", 81, -(1)), new Among("\u0906\u092f\u093e", 68, -(1)), new Among("\u093e\u092f\u093e", 68, -(1)), new Among("\u093f", -(1), -(1)), new Among("\u0940", -(1), -(1)), new Among("\u090a\u0902\u0917\u0940", 88, -(1)), new Among("\u0906\u090a\u0902\u0917\u0940", 89, -(1)), new Among("\u093e\u090a\u0902\u0917\u0940", 89, -(1)), new Among("\u090f\u0902\u0917\u0940", 88, -(1)), new Among("\u0906\u090f\u0902\u0917\u0940", 92, -(1)), new Among("\u093e\u090f\u0902\u0917\u0940", 92, -(1)), new Among("\u0942\u0902\u0917\u0940", 88, -(1)), new Among("\u0947\u0902\u0917\u0940", 88, -(1)), new Among("\u090f\u0917\u0940", 88, -(1)), new Among("\u0906\u090f\u0917\u0940", 97, -(1)), new Among("\u093e\u090f\u0917\u0940", 97, -(1)), new Among("\u0913\u0917\u0940", 88, -(1)), new Among("\u0906\u0913\u0917\u0940", 100, -(1)), new Among("\u093e\u0913\u0917\u0940", 100, -(1)), new Among("\u0947\u0917\u0940", 88, -(1)), new Among("\u094b\u0917\u0940", 88, -(1)), new Among("\u0924\u0940", 88, -(1), P.r_CONSONANT), new Among("\u0905\u0924\u0940", 105, -(1)), new Among("\u0906\u0924\u0940", 105, -(1)), new Among("\u093e\u0924\u0940", 105, -(1)), new Among("\u0928\u0940", 88, -(1), P.r_CONSONANT), new Among("\u0905\u0928\u0940", 109, -(1)), new Among("\u0941", -(1), -(1)), new Among("\u0942", -(1), -(1)), new Among("\u0947", -(1), -(1)), new Among("\u090f\u0902\u0917\u0947", 113, -(1)), new Among("\u0906\u090f\u0902\u0917\u0947", 114, -(1)), new Among("\u093e\u090f\u0902\u0917\u0947", 114, -(1)), new Among("\u0947\u0902\u0917\u0947", 113, -(1)), new Among("\u0913\u0917\u0947", 113, -(1)), new Among("\u0906\u0913\u0917\u0947", 118, -(1)), new Among("\u093e\u0913\u0917\u0947", 118, -(1)), new Among("\u094b\u0917\u0947", 113, -(1)), new Among("\u0924\u0947", 113, -(1), P.r_CONSONANT), new Among("\u0905\u0924\u0947", 122, -(1)), new Among("\u0906\u0924\u0947", 122, -(1)), new Among("\u093e\u0924\u0947", 122, -(1)), new Among("\u0928\u0947", 113, -(1), P.r_CONSONANT), new Among("\u0905\u0928\u0947", 126, -(1)), new Among("\u0906\u0928\u0947", 126, -(1)), new Among("\u093e\u0928\u0947", 126, -(1)), new Among("\u094b", -(1), -(1)), new Among("\u094d", -(1), -(1))];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
