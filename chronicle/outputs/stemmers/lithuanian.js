/* The Snowball lithuanian stemmer (https://snowballstem.org/), translated to JavaScript by
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
ChronicleStemmers.lithuanian = (function () {
  function C() {}
  C.prototype = Object.create(BaseStemmer.prototype);
  var P = C.prototype;
  P.r_step1 = function () {
    var v_2;
    if ((this.cursor < this.I_p1)) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_p1;
    this.ket = this.cursor;
    if ((this.find_among_b(C.a_0) === 0)) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    this.slice_del();
    return true;
  };
  P.r_step2 = function () {
    var v_1, v_3;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if ((this.cursor < this.I_p1)) {
          break lab0;
        }
        v_3 = this.limit_backward;
        this.limit_backward = this.I_p1;
        this.ket = this.cursor;
        if ((this.find_among_b(C.a_1) === 0)) {
          this.limit_backward = v_3;
          break lab0;
        }
        this.bra = this.cursor;
        this.limit_backward = v_3;
        this.slice_del();
        continue;
      }
      this.cursor = (this.limit - v_1);
      break;
    }
    return true;
  };
  P.r_fix_conflicts = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_2);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(C.as_2[(among_var - 1)]);
    return true;
  };
  P.r_fix_chdz = function () {
    var among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(C.a_3);
    if ((among_var === 0)) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from(C.as_3[(among_var - 1)]);
    return true;
  };
  P.r_fix_gd = function () {
    this.ket = this.cursor;
    if (!(this.eq_s_b("gd"))) {
      return false;
    }
    this.bra = this.cursor;
    this.slice_from("g");
    return true;
  };
  P._stem = function () {
    var v_1, v_3, v_4, v_5, v_6, v_7, v_8, v_2;
    this.I_p1 = this.limit;
    v_1 = this.cursor;
    lab0: {
      v_2 = this.cursor;
      lab1: {
        if (((this.cursor === this.limit) || (this.current[this.cursor] !== "a"))) {
          this.cursor = v_2;
          break lab1;
        }
        this.cursor += 1;
        if ((this.current.length <= 6)) {
          this.cursor = v_2;
          break lab1;
        }
      }
      if (!(this.go_out_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
      if (!(this.go_in_grouping(C.g_v))) {
        break lab0;
      }
      this.cursor += 1;
      this.I_p1 = this.cursor;
    }
    this.cursor = v_1;
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_3 = (this.limit - this.cursor);
    this.r_fix_conflicts();
    this.cursor = (this.limit - v_3);
    v_4 = (this.limit - this.cursor);
    this.r_step1();
    this.cursor = (this.limit - v_4);
    v_5 = (this.limit - this.cursor);
    this.r_fix_chdz();
    this.cursor = (this.limit - v_5);
    v_6 = (this.limit - this.cursor);
    this.r_step2();
    this.cursor = (this.limit - v_6);
    v_7 = (this.limit - this.cursor);
    this.r_fix_chdz();
    this.cursor = (this.limit - v_7);
    v_8 = (this.limit - this.cursor);
    this.r_fix_gd();
    this.cursor = (this.limit - v_8);
    this.ket = this.cursor;
    if (((this.cursor <= this.limit_backward) || (this.current[(this.cursor - 1)] !== "'"))) {
      return false;
    }
    this.cursor -= 1;
    this.bra = this.cursor;
    this.slice_del();
    this.cursor = this.limit_backward;
    return true;
  };
  C.g_v = P.g_v = new Set(["a", "e", "i", "o", "u", "y", "\u0105", "\u0117", "\u0119", "\u012f", "\u016b", "\u0173"]);
  C.I_p1 = P.I_p1 = 0;
  C.a_0 = P.a_0 = [new Among("a", -(1), -(1)), new Among("ia", 0, -(1)), new Among("osna", 0, -(1)), new Among("iosna", 2, -(1)), new Among("uosna", 2, -(1)), new Among("iuosna", 4, -(1)), new Among("ysna", 0, -(1)), new Among("\u0117sna", 0, -(1)), new Among("e", -(1), -(1)), new Among("ie", 8, -(1)), new Among("enie", 9, -(1)), new Among("oje", 8, -(1)), new Among("ioje", 11, -(1)), new Among("uje", 8, -(1)), new Among("iuje", 13, -(1)), new Among("yje", 8, -(1)), new Among("enyje", 15, -(1)), new Among("\u0117je", 8, -(1)), new Among("ame", 8, -(1)), new Among("iame", 18, -(1)), new Among("sime", 8, -(1)), new Among("ome", 8, -(1)), new Among("\u0117me", 8, -(1)), new Among("tum\u0117me", 22, -(1)), new Among("ose", 8, -(1)), new Among("iose", 24, -(1)), new Among("uose", 24, -(1)), new Among("iuose", 26, -(1)), new Among("yse", 8, -(1)), new Among("enyse", 28, -(1)), new Among("\u0117se", 8, -(1)), new Among("ate", 8, -(1)), new Among("iate", 31, -(1)), new Among("ite", 8, -(1)), new Among("kite", 33, -(1)), new Among("site", 33, -(1)), new Among("ote", 8, -(1)), new Among("tute", 8, -(1)), new Among("\u0117te", 8, -(1)), new Among("tum\u0117te", 38, -(1)), new Among("i", -(1), -(1)), new Among("ai", 40, -(1)), new Among("iai", 41, -(1)), new Among("ei", 40, -(1)), new Among("tumei", 43, -(1)), new Among("ki", 40, -(1)), new Among("imi", 40, -(1)), new Among("umi", 40, -(1)), new Among("iumi", 47, -(1)), new Among("si", 40, -(1)), new Among("asi", 49, -(1)), new Among("iasi", 50, -(1)), new Among("esi", 49, -(1)), new Among("iesi", 52, -(1)), new Among("siesi", 53, -(1)), new Among("isi", 49, -(1)), new Among("aisi", 55, -(1)), new Among("eisi", 55, -(1)), new Among("tumeisi", 57, -(1)), new Among("uisi", 55, -(1)), new Among("osi", 49, -(1)), new Among("\u0117josi", 60, -(1)), new Among("uosi", 60, -(1)), new Among("iuosi", 62, -(1)), new Among("siuosi", 63, -(1)), new Among("usi", 49, -(1)), new Among("ausi", 65, -(1)), new Among("\u010diausi", 66, -(1)), new Among("\u0105si", 49, -(1)), new Among("\u0117si", 49, -(1)), new Among("\u0173si", 49, -(1)), new Among("t\u0173si", 70, -(1)), new Among("ti", 40, -(1)), new Among("enti", 72, -(1)), new Among("inti", 72, -(1)), new Among("oti", 72, -(1)), new Among("ioti", 75, -(1)), new Among("uoti", 75, -(1)), new Among("iuoti", 77, -(1)), new Among("auti", 72, -(1)), new Among("iauti", 79, -(1)), new Among("yti", 72, -(1)), new Among("\u0117ti", 72, -(1)), new Among("tel\u0117ti", 82, -(1)), new Among("in\u0117ti", 82, -(1)), new Among("ter\u0117ti", 82, -(1)), new Among("ui", 40, -(1)), new Among("iui", 86, -(1)), new Among("eniui", 87, -(1)), new Among("oj", -(1), -(1)), new Among("\u0117j", -(1), -(1)), new Among("k", -(1), -(1)), new Among("am", -(1), -(1)), new Among("iam", 92, -(1)), new Among("iem", -(1), -(1)), new Among("im", -(1), -(1)), new Among("sim", 95, -(1)), new Among("om", -(1), -(1)), new Among("tum", -(1), -(1)), new Among("\u0117m", -(1), -(1)), new Among("tum\u0117m", 99, -(1)), new Among("an", -(1), -(1)), new Among("on", -(1), -(1)), new Among("ion", 102, -(1)), new Among("un", -(1), -(1)), new Among("iun", 104, -(1)), new Among("\u0117n", -(1), -(1)), new Among("o", -(1), -(1)), new Among("io", 107, -(1)), new Among("enio", 108, -(1)), new Among("\u0117jo", 107, -(1)), new Among("uo", 107, -(1)), new Among("s", -(1), -(1)), new Among("as", 112, -(1)), new Among("ias", 113, -(1)), new Among("es", 112, -(1)), new Among("ies", 115, -(1)), new Among("is", 112, -(1)), new Among("ais", 117, -(1)), new Among("iais", 118, -(1)), new Among("tumeis", 117, -(1)), new Among("imis", 117, -(1)), new Among("enimis", 121, -(1)), new Among("omis", 117, -(1)), new Among("iomis", 123, -(1)), new Among("umis", 117, -(1)), new Among("\u0117mis", 117, -(1)), new Among("enis", 117, -(1)), new Among("asis", 117, -(1)), new Among("ysis", 117, -(1)), new Among("ams", 112, -(1)), new Among("iams", 130, -(1)), new Among("iems", 112, -(1)), new Among("ims", 112, -(1)), new Among("enims", 133, -(1)), new Among("oms", 112, -(1)), new Among("ioms", 135, -(1)), new Among("ums", 112, -(1)), new Among("\u0117ms", 112, -(1)), new Among("ens", 112, -(1)), new Among("os", 112, -(1)), new Among("ios", 140, -(1)), new Among("uos", 140, -(1)), new Among("iuos", 142, -(1)), new Among("us", 112, -(1)), new Among("aus", 144, -(1)), new Among("iaus", 145, -(1)), new Among("ius", 144, -(1)), new Among("ys", 112, -(1)), new Among("enys", 148, -(1)), new Among("\u0105s", 112, -(1)), new Among("i\u0105s", 150, -(1)), new Among("\u0117s", 112, -(1)), new Among("am\u0117s", 152, -(1)), new Among("iam\u0117s", 153, -(1)), new Among("im\u0117s", 152, -(1)), new Among("kim\u0117s", 155, -(1)), new Among("sim\u0117s", 155, -(1)), new Among("om\u0117s", 152, -(1)), new Among("\u0117m\u0117s", 152, -(1)), new Among("tum\u0117m\u0117s", 159, -(1)), new Among("at\u0117s", 152, -(1)), new Among("iat\u0117s", 161, -(1)), new Among("sit\u0117s", 152, -(1)), new Among("ot\u0117s", 152, -(1)), new Among("\u0117t\u0117s", 152, -(1)), new Among("tum\u0117t\u0117s", 165, -(1)), new Among("\u012fs", 112, -(1)), new Among("\u016bs", 112, -(1)), new Among("t\u0173s", 112, -(1)), new Among("at", -(1), -(1)), new Among("iat", 170, -(1)), new Among("it", -(1), -(1)), new Among("sit", 172, -(1)), new Among("ot", -(1), -(1)), new Among("\u0117t", -(1), -(1)), new Among("tum\u0117t", 175, -(1)), new Among("u", -(1), -(1)), new Among("au", 177, -(1)), new Among("iau", 178, -(1)), new Among("\u010diau", 179, -(1)), new Among("iu", 177, -(1)), new Among("eniu", 181, -(1)), new Among("siu", 181, -(1)), new Among("y", -(1), -(1)), new Among("\u0105", -(1), -(1)), new Among("i\u0105", 185, -(1)), new Among("\u0117", -(1), -(1)), new Among("\u0119", -(1), -(1)), new Among("\u012f", -(1), -(1)), new Among("en\u012f", 189, -(1)), new Among("\u0173", -(1), -(1)), new Among("i\u0173", 191, -(1))];
  C.a_1 = P.a_1 = [new Among("ing", -(1), -(1)), new Among("aj", -(1), -(1)), new Among("iaj", 1, -(1)), new Among("iej", -(1), -(1)), new Among("oj", -(1), -(1)), new Among("ioj", 4, -(1)), new Among("uoj", 4, -(1)), new Among("iuoj", 6, -(1)), new Among("auj", -(1), -(1)), new Among("\u0105j", -(1), -(1)), new Among("i\u0105j", 9, -(1)), new Among("\u0117j", -(1), -(1)), new Among("\u0173j", -(1), -(1)), new Among("i\u0173j", 12, -(1)), new Among("ok", -(1), -(1)), new Among("iok", 14, -(1)), new Among("iuk", -(1), -(1)), new Among("uliuk", 16, -(1)), new Among("u\u010diuk", 16, -(1)), new Among("i\u0161k", -(1), -(1)), new Among("iul", -(1), -(1)), new Among("yl", -(1), -(1)), new Among("\u0117l", -(1), -(1)), new Among("am", -(1), -(1)), new Among("dam", 23, -(1)), new Among("jam", 23, -(1)), new Among("zgan", -(1), -(1)), new Among("ain", -(1), -(1)), new Among("esn", -(1), -(1)), new Among("op", -(1), -(1)), new Among("iop", 29, -(1)), new Among("ias", -(1), -(1)), new Among("ies", -(1), -(1)), new Among("ais", -(1), -(1)), new Among("iais", 33, -(1)), new Among("os", -(1), -(1)), new Among("ios", 35, -(1)), new Among("uos", 35, -(1)), new Among("iuos", 37, -(1)), new Among("aus", -(1), -(1)), new Among("iaus", 39, -(1)), new Among("\u0105s", -(1), -(1)), new Among("i\u0105s", 41, -(1)), new Among("\u0119s", -(1), -(1)), new Among("ut\u0117ait", -(1), -(1)), new Among("ant", -(1), -(1)), new Among("iant", 45, -(1)), new Among("siant", 46, -(1)), new Among("int", -(1), -(1)), new Among("ot", -(1), -(1)), new Among("uot", 49, -(1)), new Among("iuot", 50, -(1)), new Among("yt", -(1), -(1)), new Among("\u0117t", -(1), -(1)), new Among("yk\u0161t", -(1), -(1)), new Among("iau", -(1), -(1)), new Among("dav", -(1), -(1)), new Among("sv", -(1), -(1)), new Among("\u0161v", -(1), -(1)), new Among("yk\u0161\u010d", -(1), -(1)), new Among("\u0119", -(1), -(1)), new Among("\u0117j\u0119", 60, -(1))];
  C.a_2 = P.a_2 = [new Among("ojime", -(1), 7), new Among("\u0117jime", -(1), 3), new Among("avime", -(1), 6), new Among("okate", -(1), 8), new Among("aite", -(1), 1), new Among("uote", -(1), 2), new Among("asius", -(1), 5), new Among("okat\u0117s", -(1), 8), new Among("ait\u0117s", -(1), 1), new Among("uot\u0117s", -(1), 2), new Among("esiu", -(1), 4)];
  C.as_2 = P.as_2 = ["ait\u0117", "uot\u0117", "\u0117jimas", "esys", "asys", "avimas", "ojimas", "okat\u0117"];
  C.a_3 = P.a_3 = [new Among("\u010d", -(1), 1), new Among("d\u017e", -(1), 2)];
  C.as_3 = P.as_3 = ["t", "d"];
  var stemmer = new C();
  return function (word) { stemmer.set_current(word); stemmer._stem(); return stemmer.current; };
})();
})();
