/* The Snowball armenian stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.armenian = (function () {
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
  P.r_adjective = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_0) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_verb = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_1) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_noun = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_2) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    return true;
  };
  P.r_ending = function () {
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_3) === 0)) {
      return false;
    }
    this.bra = this.cursor;
    if ((this.I_p2 > this.cursor)) {
      return false;
    }
    this.slice_del();
    return true;
  };
  P._stem = function () {
    var v_2, v_3, v_4, v_5, v_6;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    if ((this.cursor < this.I_pV)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    v_3 = (this.limit - this.cursor);
    this.r_ending();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    this.r_verb();
    this.cursor = (this.limit - v_4);
    v_5 = (this.limit - this.cursor);
    this.r_adjective();
    this.cursor = (this.limit - v_5);
    v_6 = (this.limit - this.cursor);
    this.r_noun();
    this.cursor = (this.limit - v_6);
    this.limit_backward = v_2;
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["\u0561", "\u0565", "\u0567", "\u0568", "\u056b", "\u0578", "\u0582", "\u0585"]);
  C.I_p2 = P.I_p2 = 0;
  C.I_pV = P.I_pV = 0;
  C.a_0 = P.a_0 = [new Among("\u0580\u0578\u0580\u0564", -(1), 1), new Among("\u0565\u0580\u0578\u0580\u0564", 0, 1), new Among("\u0561\u056c\u056b", -(1), 1), new Among("\u0561\u056f\u056b", -(1), 1), new Among("\u0578\u0580\u0561\u056f", -(1), 1), new Among("\u0565\u0572", -(1), 1), new Among("\u0561\u056f\u0561\u0576", -(1), 1), new Among("\u0561\u0580\u0561\u0576", -(1), 1), new Among("\u0565\u0576", -(1), 1), new Among("\u0565\u056f\u0565\u0576", 8, 1), new Among("\u0565\u0580\u0565\u0576", 8, 1), new Among("\u0578\u0580\u0567\u0576", -(1), 1), new Among("\u056b\u0576", -(1), 1), new Among("\u0563\u056b\u0576", 12, 1), new Among("\u0578\u057e\u056b\u0576", 12, 1), new Among("\u056c\u0561\u0575\u0576", -(1), 1), new Among("\u057e\u0578\u0582\u0576", -(1), 1), new Among("\u057a\u0565\u057d", -(1), 1), new Among("\u056b\u057e", -(1), 1), new Among("\u0561\u057f", -(1), 1), new Among("\u0561\u057e\u0565\u057f", -(1), 1), new Among("\u056f\u0578\u057f", -(1), 1), new Among("\u0562\u0561\u0580", -(1), 1)];
  C.a_1 = P.a_1 = [new Among("\u0561", -(1), 1), new Among("\u0561\u0581\u0561", 0, 1), new Among("\u0565\u0581\u0561", 0, 1), new Among("\u057e\u0565", -(1), 1), new Among("\u0561\u0581\u0580\u056b", -(1), 1), new Among("\u0561\u0581\u056b", -(1), 1), new Among("\u0565\u0581\u056b", -(1), 1), new Among("\u057e\u0565\u0581\u056b", 6, 1), new Among("\u0561\u056c", -(1), 1), new Among("\u0568\u0561\u056c", 8, 1), new Among("\u0561\u0576\u0561\u056c", 8, 1), new Among("\u0565\u0576\u0561\u056c", 8, 1), new Among("\u0561\u0581\u0576\u0561\u056c", 8, 1), new Among("\u0565\u056c", -(1), 1), new Among("\u0568\u0565\u056c", 13, 1), new Among("\u0576\u0565\u056c", 13, 1), new Among("\u0581\u0576\u0565\u056c", 15, 1), new Among("\u0565\u0581\u0576\u0565\u056c", 16, 1), new Among("\u0579\u0565\u056c", 13, 1), new Among("\u057e\u0565\u056c", 13, 1), new Among("\u0561\u0581\u057e\u0565\u056c", 19, 1), new Among("\u0565\u0581\u057e\u0565\u056c", 19, 1), new Among("\u057f\u0565\u056c", 13, 1), new Among("\u0561\u057f\u0565\u056c", 22, 1), new Among("\u0578\u057f\u0565\u056c", 22, 1), new Among("\u056f\u0578\u057f\u0565\u056c", 24, 1), new Among("\u057e\u0561\u056e", -(1), 1), new Among("\u0578\u0582\u0574", -(1), 1), new Among("\u057e\u0578\u0582\u0574", 27, 1), new Among("\u0561\u0576", -(1), 1), new Among("\u0581\u0561\u0576", 29, 1), new Among("\u0561\u0581\u0561\u0576", 30, 1), new Among("\u0561\u0581\u0580\u056b\u0576", -(1), 1), new Among("\u0561\u0581\u056b\u0576", -(1), 1), new Among("\u0565\u0581\u056b\u0576", -(1), 1), new Among("\u057e\u0565\u0581\u056b\u0576", 34, 1), new Among("\u0561\u056c\u056b\u057d", -(1), 1), new Among("\u0565\u056c\u056b\u057d", -(1), 1), new Among("\u0561\u057e", -(1), 1), new Among("\u0561\u0581\u0561\u057e", 38, 1), new Among("\u0565\u0581\u0561\u057e", 38, 1), new Among("\u0561\u056c\u0578\u057e", -(1), 1), new Among("\u0565\u056c\u0578\u057e", -(1), 1), new Among("\u0561\u0580", -(1), 1), new Among("\u0561\u0581\u0561\u0580", 43, 1), new Among("\u0565\u0581\u0561\u0580", 43, 1), new Among("\u0561\u0581\u0580\u056b\u0580", -(1), 1), new Among("\u0561\u0581\u056b\u0580", -(1), 1), new Among("\u0565\u0581\u056b\u0580", -(1), 1), new Among("\u057e\u0565\u0581\u056b\u0580", 48, 1), new Among("\u0561\u0581", -(1), 1), new Among("\u0565\u0581", -(1), 1), new Among("\u0561\u0581\u0580\u0565\u0581", 51, 1), new Among("\u0561\u056c\u0578\u0582\u0581", -(1), 1), new Among("\u0565\u056c\u0578\u0582\u0581", -(1), 1), new Among("\u0561\u056c\u0578\u0582", -(1), 1), new Among("\u0565\u056c\u0578\u0582", -(1), 1), new Among("\u0561\u0584", -(1), 1), new Among("\u0581\u0561\u0584", 57, 1), new Among("\u0561\u0581\u0561\u0584", 58, 1), new Among("\u0561\u0581\u0580\u056b\u0584", -(1), 1), new Among("\u0561\u0581\u056b\u0584", -(1), 1), new Among("\u0565\u0581\u056b\u0584", -(1), 1), new Among("\u057e\u0565\u0581\u056b\u0584", 62, 1), new Among("\u0561\u0576\u0584", -(1), 1), new Among("\u0581\u0561\u0576\u0584", 64, 1), new Among("\u0561\u0581\u0561\u0576\u0584", 65, 1), new Among("\u0561\u0581\u0580\u056b\u0576\u0584", -(1), 1), new Among("\u0561\u0581\u056b\u0576\u0584", -(1), 1), new Among("\u0565\u0581\u056b\u0576\u0584", -(1), 1), new Among("\u057e\u0565\u0581\u056b\u0576\u0584", 69, 1)];
  C.a_2 = P.a_2 = [new Among("\u0578\u0580\u0564", -(1), 1), new Among("\u0578\u0582\u0575\u0569", -(1), 1), new Among("\u0578\u0582\u0570\u056b", -(1), 1), new Among("\u0581\u056b", -(1), 1), new Among("\u056b\u056c", -(1), 1), new Among("\u0561\u056f", -(1), 1), new Among("\u0575\u0561\u056f", 5, 1), new Among("\u0561\u0576\u0561\u056f", 5, 1), new Among("\u056b\u056f", -(1), 1), new Among("\u0578\u0582\u056f", -(1), 1), new Among("\u0561\u0576", -(1), 1), new Among("\u057a\u0561\u0576", 10, 1), new Among("\u057d\u057f\u0561\u0576", 10, 1), new Among("\u0561\u0580\u0561\u0576", 10, 1), new Among("\u0565\u0572\u0567\u0576", -(1), 1), new Among("\u0575\u0578\u0582\u0576", -(1), 1), new Among("\u0578\u0582\u0569\u0575\u0578\u0582\u0576", 15, 1), new Among("\u0561\u056e\u0578", -(1), 1), new Among("\u056b\u0579", -(1), 1), new Among("\u0578\u0582\u057d", -(1), 1), new Among("\u0578\u0582\u057d\u057f", -(1), 1), new Among("\u0563\u0561\u0580", -(1), 1), new Among("\u057e\u0578\u0580", -(1), 1), new Among("\u0561\u057e\u0578\u0580", 22, 1), new Among("\u0578\u0581", -(1), 1), new Among("\u0561\u0576\u0585\u0581", -(1), 1), new Among("\u0578\u0582", -(1), 1), new Among("\u0584", -(1), 1), new Among("\u0579\u0565\u0584", 27, 1), new Among("\u056b\u0584", 27, 1), new Among("\u0561\u056c\u056b\u0584", 29, 1), new Among("\u0561\u0576\u056b\u0584", 29, 1), new Among("\u057e\u0561\u056e\u0584", 27, 1), new Among("\u0578\u0582\u0575\u0584", 27, 1), new Among("\u0565\u0576\u0584", 27, 1), new Among("\u0578\u0576\u0584", 27, 1), new Among("\u0578\u0582\u0576\u0584", 27, 1), new Among("\u0574\u0578\u0582\u0576\u0584", 36, 1), new Among("\u056b\u0579\u0584", 27, 1), new Among("\u0561\u0580\u0584", 27, 1)];
  C.a_3 = P.a_3 = [new Among("\u057d\u0561", -(1), 1), new Among("\u057e\u0561", -(1), 1), new Among("\u0561\u0574\u0562", -(1), 1), new Among("\u0564", -(1), 1), new Among("\u0561\u0576\u0564", 3, 1), new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u0564", 4, 1), new Among("\u057e\u0561\u0576\u0564", 4, 1), new Among("\u0578\u057b\u0564", 3, 1), new Among("\u0565\u0580\u0564", 3, 1), new Among("\u0576\u0565\u0580\u0564", 8, 1), new Among("\u0578\u0582\u0564", 3, 1), new Among("\u0568", -(1), 1), new Among("\u0561\u0576\u0568", 11, 1), new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u0568", 12, 1), new Among("\u057e\u0561\u0576\u0568", 12, 1), new Among("\u0578\u057b\u0568", 11, 1), new Among("\u0565\u0580\u0568", 11, 1), new Among("\u0576\u0565\u0580\u0568", 16, 1), new Among("\u056b", -(1), 1), new Among("\u057e\u056b", 18, 1), new Among("\u0565\u0580\u056b", 18, 1), new Among("\u0576\u0565\u0580\u056b", 20, 1), new Among("\u0561\u0576\u0578\u0582\u0574", -(1), 1), new Among("\u0565\u0580\u0578\u0582\u0574", -(1), 1), new Among("\u0576\u0565\u0580\u0578\u0582\u0574", 23, 1), new Among("\u0576", -(1), 1), new Among("\u0561\u0576", 25, 1), new Among("\u0578\u0582\u0569\u0575\u0561\u0576", 26, 1), new Among("\u057e\u0561\u0576", 26, 1), new Among("\u056b\u0576", 25, 1), new Among("\u0565\u0580\u056b\u0576", 29, 1), new Among("\u0576\u0565\u0580\u056b\u0576", 30, 1), new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u0576", 25, 1), new Among("\u0565\u0580\u0576", 25, 1), new Among("\u0576\u0565\u0580\u0576", 33, 1), new Among("\u0578\u0582\u0576", 25, 1), new Among("\u0578\u057b", -(1), 1), new Among("\u0578\u0582\u0569\u0575\u0561\u0576\u057d", -(1), 1), new Among("\u057e\u0561\u0576\u057d", -(1), 1), new Among("\u0578\u057b\u057d", -(1), 1), new Among("\u0578\u057e", -(1), 1), new Among("\u0561\u0576\u0578\u057e", 40, 1), new Among("\u057e\u0578\u057e", 40, 1), new Among("\u0565\u0580\u0578\u057e", 40, 1), new Among("\u0576\u0565\u0580\u0578\u057e", 43, 1), new Among("\u0565\u0580", -(1), 1), new Among("\u0576\u0565\u0580", 45, 1), new Among("\u0581", -(1), 1), new Among("\u056b\u0581", 47, 1), new Among("\u057e\u0561\u0576\u056b\u0581", 48, 1), new Among("\u0578\u057b\u056b\u0581", 48, 1), new Among("\u057e\u056b\u0581", 48, 1), new Among("\u0565\u0580\u056b\u0581", 48, 1), new Among("\u0576\u0565\u0580\u056b\u0581", 52, 1), new Among("\u0581\u056b\u0581", 48, 1), new Among("\u0578\u0581", 47, 1), new Among("\u0578\u0582\u0581", 47, 1)];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
