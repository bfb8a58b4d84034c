#!/usr/bin/env node
const importMetaUrl = require('url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path13) => {
      const end = path13.length - 1;
      const index = path13.lastIndexOf(
        SLASH,
        path13[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path13 : path13.slice(index + 1);
    };
    var parentOf = (path13) => {
      if (path13.charCodeAt(0) === SLASH_CODE || path13.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path13.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path13.length - 1;
      const cut = path13.lastIndexOf(
        SLASH,
        path13.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path13.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path13) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path13)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path13, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path13) : path13;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path13
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path13, originalPath, doThrow) => {
      if (!isString(path13)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path13) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path13)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path13) => {
      const first = path13.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path13.length === 1) {
        return true;
      }
      const second = path13.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path13.length === 2 || path13.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path13) {
        checkPath(
          path13,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path13 ? this._t(path13, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path13 = convertPath(target);
        if (!path13 || path13.charCodeAt(path13.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path13);
        }
        const dir = this._t(path13, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path13);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path13, cache) {
        const cached = cache[path13];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path13);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path13] = parent && parent.ignored ? parent : this._rules.test(path13, MODE_IGNORE);
      }
      ignores(path13) {
        return this._test(path13, this._ignoreCache, convertPath(path13)).ignored;
      }
      createFilter() {
        return (path13) => !this.ignores(path13);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path13) {
        return this._test(path13, this._testCache, convertPath(path13));
      }
    };
    var factory = (options2) => new Ignore(options2);
    var isPathValid = (path13) => checkPath(convertPath(path13), path13, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path13) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path13) || isNotRelative(path13);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports2, module2) {
    module2.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports2) {
    var fs12 = require("fs");
    var util = require("util");
    var stream = require("stream");
    var Readable = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = require("events").EventEmitter;
    exports2.BufferSlicer = BufferSlicer;
    exports2.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs12.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs12.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs12.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports2, module2) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module2.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports2) {
    var fs12 = require("fs");
    var zlib2 = require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = require("util");
    var EventEmitter = require("events").EventEmitter;
    var Transform = require("stream").Transform;
    var PassThrough = require("stream").PassThrough;
    var Writable = require("stream").Writable;
    var crc32 = typeof zlib2.crc32 === "function" ? zlib2.crc32 : require_crc32();
    exports2.open = open2;
    exports2.fromFd = fromFd;
    exports2.fromBuffer = fromBuffer;
    exports2.fromRandomAccessReader = fromRandomAccessReader;
    exports2.openPromise = openPromise;
    exports2.fromFdPromise = fromFdPromise;
    exports2.fromBufferPromise = fromBufferPromise;
    exports2.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports2.dosDateTimeToDate = dosDateTimeToDate;
    exports2.getFileNameLowLevel = getFileNameLowLevel;
    exports2.validateFileName = validateFileName;
    exports2.parseExtraFields = parseExtraFields;
    exports2.ZipFile = ZipFile;
    exports2.Entry = Entry;
    exports2.LocalFileHeader = LocalFileHeader;
    exports2.RandomAccessReader = RandomAccessReader;
    function openPromise(path13, options2) {
      return new Promise((resolve, reject) => {
        open2(path13, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function open2(path13, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs12.open(path13, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs12.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs12.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage2 = validateFileName(entry.fileName);
            if (errorMessage2 != null) return emitErrorAndAutoClose(self, new Error(errorMessage2));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        resolve({ value: entry });
      }
      function onEnd() {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib2.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports2, module2) {
    module2.exports = require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports2, module2) {
    module2.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports2, module2) {
    var FixedFIFO = require_fixed_size();
    module2.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports2, module2) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module2.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports2, module2) {
    var b4a = require_b4a();
    module2.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports2, module2) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module2.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports2, module2) {
    module2.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports2, module2) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline4(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline4(...streams, (err) => {
          if (err) return reject(err);
          resolve();
        });
      });
    }
    function pipeline4(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module2.exports = {
      pipeline: pipeline4,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports2) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports2.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports2.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports2.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports2.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports2.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports2, module2) {
    var { Writable, Readable, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore2 = this._buffer.shiftFirst(this._missing);
            if (ignore2 !== null) this._missing -= ignore2.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve, reject) => {
            if (extract.destroyed) return resolve({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module2.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports2, module2) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module2.exports = require("fs").constants || constants;
    } catch {
      module2.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports2, module2) {
    var { Readable, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module2.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports2) {
    exports2.extract = require_extract();
    exports2.pack = require_pack();
  }
});

// src/cli.ts
var cli_exports = {};
__export(cli_exports, {
  cliLog: () => cliLog,
  main: () => main
});
module.exports = __toCommonJS(cli_exports);
var import_node_util2 = require("node:util");

// src/errors.ts
var UserError = class extends Error {
  constructor(message, input) {
    super(message);
    this.input = input;
    this.name = "UserError";
  }
  input;
};
function isUserError(e) {
  return e instanceof UserError;
}
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/inputs.ts
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);

// src/runtimes.ts
var RUNTIMES = {
  "custom.debian10": { debian: "buster", glibc: "2.28" },
  "custom.debian11": { debian: "bullseye", glibc: "2.31" },
  "custom.debian12": { debian: "bookworm", glibc: "2.36" }
};
function isRuntimeName(v) {
  return Object.prototype.hasOwnProperty.call(RUNTIMES, v);
}
var FC_LIMITS = {
  /** Code package uploaded through the console or OSS. */
  codeZipConsole: 500 * 1024 * 1024,
  /** Code package uploaded through the API (base64 in the request). */
  codeZipApi: 100 * 1024 * 1024,
  /** Uncompressed container image. */
  imageUncompressed: 10 * 1024 * 1024 * 1024
};

// src/inputs.ts
var TARGETS = ["layer", "code", "image"];
var INPUT_SPECS = [
  { name: "target", default: "layer", description: "What to build: layer (layer.zip, deps under python/), code (function.zip) or image (a container image saved as a tar)." },
  { name: "working-directory", default: ".", description: "The backend folder (holds requirements.txt, and the code for target code or image)." },
  { name: "requirements", default: "requirements.txt", description: "Requirements file, relative to working-directory." },
  { name: "python-version", default: "3.10", description: "Python version of the FC runtime the dependencies are built for, MAJOR.MINOR (quote it in YAML: '3.10')." },
  { name: "runtime", default: "custom.debian10", description: "FC runtime: custom.debian10 (glibc 2.28), custom.debian11 (glibc 2.31) or custom.debian12 (glibc 2.36). Decides which wheels can run." },
  { name: "index-url", default: "", description: "pip --index-url (credentials in it are masked and never logged)." },
  { name: "extra-index-url", default: "", description: "pip --extra-index-url; several separated by spaces or new lines." },
  { name: "pip-args", default: "", description: "Extra pip install arguments, split like a shell would split them but never run through one." },
  { name: "output-dir", default: "", description: "Where the artifact is written. Default: $RUNNER_TEMP/fc-python-pack (the system temp folder outside Actions)." },
  { name: "verify", default: "true", description: "Verify the artifact in a container that behaves like FC before it is published." },
  { name: "verify-image", default: "", description: "Image to verify in. Default: python:<python-version>-slim-<debian of runtime>, e.g. python:3.10-slim-buster." },
  { name: "verify-imports", default: "uvicorn,fastapi", description: "Modules that must import from the artifact, comma or newline separated." },
  { name: "exclude", default: "", description: "code/image: more paths to leave out, gitignore patterns, one per line (added to the defaults and .fcignore)." },
  { name: "include-deps", default: "true", description: "code: install the requirements under python/ inside function.zip (/code/python on FC). false: code only, for deps shipped as a layer." },
  { name: "bootstrap", default: "bootstrap", description: "code: the start script FC runs, relative to working-directory; none when the function uses another start command." },
  { name: "convert-crlf", default: "false", description: "code: store a CRLF bootstrap with LF endings (with a notice) instead of failing." },
  { name: "smoke-test", default: "", description: "code/image: start the function as FC would and probe its port. Default: true when there is a bootstrap (code) and for images." },
  { name: "smoke-path", default: "/", description: "code/image: the HTTP path the smoke test requests; any answer below 500 counts as up." },
  { name: "smoke-timeout", default: "30", description: "code/image: seconds the smoke test waits for the first answer (FC allows 120)." },
  { name: "dockerfile", default: "Dockerfile", description: "image: the Dockerfile, relative to working-directory. When it does not exist, one is generated: base-image, the deps at /opt/python, the code at /code, CMD ./bootstrap." },
  { name: "image", default: "", description: "image: the tag to build. Default: <repository name>:<short sha>." },
  { name: "build-args", default: "", description: "image: docker build arguments, KEY=VALUE, one per line." },
  { name: "base-image", default: "", description: "image: base of the generated Dockerfile. Default: the verify image." },
  { name: "image-compression", default: "none", description: "image: none (image.tar) or gzip (image.tar.gz) for the saved image." },
  { name: "port", default: "9000", description: "code/image: the port FC calls (FC_SERVER_PORT); the server must listen on 0.0.0.0 there." }
];
var specDefault = (name) => INPUT_SPECS.find((s) => s.name === name)?.default ?? "";
function get(source, name) {
  const v = source(name)?.trim();
  return v === void 0 || v === "" ? specDefault(name) : v;
}
function parseBoolean(name, value) {
  const v = value.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off"].includes(v)) return false;
  throw new UserError(`Input ${name} must be true or false, got "${value}".`, name);
}
function parseTarget(value) {
  if (TARGETS.includes(value)) return value;
  throw new UserError(`Input target must be one of ${TARGETS.join(", ")}; got "${value}".`, "target");
}
function parsePythonVersion(value) {
  const m = /^3\.(\d{1,2})$/.exec(value);
  if (!m) {
    throw new UserError(
      `Input python-version must be MAJOR.MINOR such as 3.10; got "${value}".`,
      "python-version"
    );
  }
  const minor = Number(m[1]);
  if (minor < 8) {
    const hint = value === "3.1" ? " YAML reads an unquoted 3.10 as 3.1: write python-version: '3.10'." : "";
    throw new UserError(`Input python-version ${value} is not supported (3.8 or newer).${hint}`, "python-version");
  }
  return value;
}
function parseRuntime(value) {
  if (isRuntimeName(value)) return value;
  throw new UserError(
    `Input runtime must be one of ${Object.keys(RUNTIMES).join(", ")}; got "${value}".`,
    "runtime"
  );
}
function splitList(value, separators = /[\s,]+/) {
  return value.split(separators).map((s) => s.trim()).filter(Boolean);
}
function splitArgs(value, inputName = "pip-args") {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === "\\" && i + 1 < value.length && '"\\$`'.includes(value[i + 1])) cur += value[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new UserError(`Input ${inputName} has an unterminated ${quote} quote.`, inputName);
  if (inWord) out.push(cur);
  return out;
}
var FORBIDDEN_PIP_ARGS = ["-t", "--target", "--prefix", "--root", "--user", "--platform", "--python-version", "--implementation", "--abi"];
function checkPipArgs(args) {
  for (const a of args) {
    const flag = a.split("=")[0];
    if (FORBIDDEN_PIP_ARGS.includes(flag)) {
      throw new UserError(
        `Input pip-args must not contain ${flag}: fc-python-pack sets the install target and the FC platform itself (use python-version and runtime).`,
        "pip-args"
      );
    }
  }
  return args;
}
var MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function parseImports(value) {
  const mods = splitList(value);
  for (const m of mods) {
    if (!MODULE_NAME.test(m)) {
      throw new UserError(`Input verify-imports: "${m}" is not a Python module name (e.g. uvicorn,fastapi).`, "verify-imports");
    }
  }
  return mods;
}
function parseCompression(value) {
  if (value === "none" || value === "gzip") return value;
  throw new UserError(`Input image-compression must be none or gzip; got "${value}".`, "image-compression");
}
function parseIntInput(name, value, min, max) {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UserError(`Input ${name} must be a whole number from ${min} to ${max}; got "${value}".`, name);
  }
  return Number(value);
}
function parseSmokePath(value) {
  if (!value.startsWith("/") || /\s/.test(value)) {
    throw new UserError(`Input smoke-path must be a URL path starting with / (e.g. /health); got "${value}".`, "smoke-path");
  }
  return value;
}
function splitLines(value) {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}
var BUILD_ARG = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
function parseBuildArgs(value) {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((line, i) => {
    const m = BUILD_ARG.exec(line);
    if (!m) {
      throw new UserError(`Input build-args, line ${i + 1}: "${line}" is not KEY=VALUE (one argument per line, KEY of letters, digits and _).`, "build-args");
    }
    return [m[1], m[2]];
  });
}
var IMAGE_REF = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;
function parseImageRef(value, input = "image") {
  if (!IMAGE_REF.test(value)) {
    throw new UserError(`Input ${input}: "${value}" is not a valid image name (lowercase name[:tag], e.g. my-api:1.0).`, input);
  }
  return value;
}
function defaultImageName(env, workingDirectory) {
  const repo = env.GITHUB_REPOSITORY?.split("/").pop() || import_node_path.default.basename(workingDirectory);
  const name = repo.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "") || "function";
  const tag = env.GITHUB_SHA ? env.GITHUB_SHA.slice(0, 7) : "local";
  return `${name}:${tag}`;
}
function defaultOutputDir(env) {
  return import_node_path.default.join(env.RUNNER_TEMP || import_node_os.default.tmpdir(), "fc-python-pack");
}
function defaultVerifyImage(pythonVersion, runtime) {
  return `python:${pythonVersion}-slim-${RUNTIMES[runtime].debian}`;
}
function parseInputs(source, ctx) {
  const target = parseTarget(get(source, "target"));
  const workingDirectory = import_node_path.default.resolve(ctx.cwd, get(source, "working-directory"));
  const requirementsInput = get(source, "requirements");
  const pythonVersion = parsePythonVersion(get(source, "python-version"));
  const runtime = parseRuntime(get(source, "runtime"));
  const indexUrl = get(source, "index-url") || void 0;
  const extraIndexUrls = splitList(get(source, "extra-index-url"), /\s+/);
  const pipArgs = checkPipArgs(splitArgs(get(source, "pip-args")));
  const outputRaw = get(source, "output-dir");
  const outputDir = outputRaw ? import_node_path.default.resolve(ctx.cwd, outputRaw) : defaultOutputDir(ctx.env);
  const verify = parseBoolean("verify", get(source, "verify"));
  const verifyImage = get(source, "verify-image") || defaultVerifyImage(pythonVersion, runtime);
  const verifyImports = parseImports(get(source, "verify-imports"));
  const bootstrapRaw = get(source, "bootstrap");
  if (import_node_path.default.isAbsolute(bootstrapRaw) || bootstrapRaw.split(/[\\/]/).includes("..")) {
    throw new UserError(`Input bootstrap must be a path inside working-directory (e.g. bootstrap), or none; got "${bootstrapRaw}".`, "bootstrap");
  }
  const smokeRaw = get(source, "smoke-test");
  return {
    target,
    workingDirectory,
    requirements: import_node_path.default.resolve(workingDirectory, requirementsInput),
    requirementsInput,
    pythonVersion,
    runtime,
    indexUrl,
    extraIndexUrls,
    pipArgs,
    outputDir,
    verify,
    verifyImage,
    verifyImports,
    workspace: ctx.cwd,
    exclude: splitLines(source("exclude") ?? ""),
    includeDeps: parseBoolean("include-deps", get(source, "include-deps")),
    bootstrap: bootstrapRaw === "none" ? void 0 : bootstrapRaw.replace(/^\.\//, ""),
    convertCrlf: parseBoolean("convert-crlf", get(source, "convert-crlf")),
    smokeTest: smokeRaw ? parseBoolean("smoke-test", smokeRaw) : void 0,
    smokePath: parseSmokePath(get(source, "smoke-path")),
    smokeTimeout: parseIntInput("smoke-timeout", get(source, "smoke-timeout"), 1, 600),
    port: parseIntInput("port", get(source, "port"), 1, 65535),
    dockerfile: import_node_path.default.resolve(workingDirectory, get(source, "dockerfile")),
    dockerfileInput: get(source, "dockerfile"),
    image: parseImageRef(get(source, "image") || defaultImageName(ctx.env, workingDirectory)),
    buildArgs: parseBuildArgs(source("build-args") ?? ""),
    baseImage: get(source, "base-image") || verifyImage,
    imageCompression: parseCompression(get(source, "image-compression"))
  };
}

// src/pipeline.ts
var import_promises13 = __toESM(require("node:fs/promises"), 1);
var import_node_os3 = __toESM(require("node:os"), 1);
var import_node_path12 = __toESM(require("node:path"), 1);

// src/plan.ts
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
function platformTags(glibc, arch = "x86_64") {
  const [major, minor] = glibc.split(".").map(Number);
  if (major !== 2 || !Number.isInteger(minor)) throw new Error(`bad glibc version ${glibc}`);
  const tags = [];
  for (let m = minor; m >= 5; m--) {
    if (m < 17 && m !== 12 && m !== 5) continue;
    tags.push(`manylinux_2_${m}_${arch}`);
    if (m === 17) tags.push(`manylinux2014_${arch}`);
    if (m === 12) tags.push(`manylinux2010_${arch}`);
    if (m === 5) tags.push(`manylinux1_${arch}`);
  }
  return tags;
}
function pipInstallArgs(inputs, platforms) {
  const args = [
    "-r",
    inputs.requirements,
    "--only-binary=:all:",
    "--implementation",
    "cp",
    "--python-version",
    inputs.pythonVersion,
    ...platforms.flatMap((p) => ["--platform", p]),
    "--no-compile",
    "--no-input",
    "--disable-pip-version-check",
    "--progress-bar",
    "off",
    "--no-warn-script-location"
  ];
  if (inputs.indexUrl) args.push("--index-url", inputs.indexUrl);
  for (const u of inputs.extraIndexUrls) args.push("--extra-index-url", u);
  args.push(...inputs.pipArgs);
  return args;
}
var ARTIFACT_NAMES = {
  layer: "layer.zip",
  code: "function.zip",
  image: "image.tar"
};
function imageTarName(image, compression) {
  return `${image.replace(/[/:@]+/g, "-")}.tar${compression === "gzip" ? ".gz" : ""}`;
}
function makePlan(inputs) {
  const wd = inputs.workingDirectory;
  if (!import_node_fs.default.existsSync(wd) || !import_node_fs.default.statSync(wd).isDirectory()) {
    throw new UserError(
      `Input working-directory: ${wd} is not a folder. Point it at the backend folder (the one with ${inputs.requirementsInput}).`,
      "working-directory"
    );
  }
  const hasRequirements = import_node_fs.default.existsSync(inputs.requirements) && import_node_fs.default.statSync(inputs.requirements).isFile();
  const generatedDockerfile2 = inputs.target === "image" && !import_node_fs.default.existsSync(inputs.dockerfile);
  const installDeps2 = inputs.target === "layer" || hasRequirements && (inputs.target === "code" || generatedDockerfile2);
  if (inputs.target === "layer" && !hasRequirements) {
    throw new UserError(
      `Input requirements: ${inputs.requirements} does not exist. A layer is built from a requirements file: create it (pip freeze > requirements.txt) or set requirements to its path relative to working-directory.`,
      "requirements"
    );
  }
  const glibc = RUNTIMES[inputs.runtime].glibc;
  const platforms = platformTags(glibc);
  const artifactName = inputs.target === "image" ? imageTarName(inputs.image, inputs.imageCompression) : ARTIFACT_NAMES[inputs.target];
  return {
    inputs,
    target: inputs.target,
    glibc,
    platforms,
    pipInstallArgs: pipInstallArgs(inputs, platforms),
    artifactName,
    artifactPath: import_node_path2.default.join(inputs.outputDir, artifactName),
    installDeps: installDeps2
  };
}

// src/targets/code.ts
var import_promises9 = __toESM(require("node:fs/promises"), 1);
var import_node_path9 = __toESM(require("node:path"), 1);

// src/assemble.ts
var import_promises2 = __toESM(require("node:fs/promises"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);

// src/zipwriter.ts
var import_node_crypto = require("node:crypto");
var import_promises = __toESM(require("node:fs/promises"), 1);
var import_node_os2 = __toESM(require("node:os"), 1);
var import_node_util = require("node:util");
var import_node_zlib = __toESM(require("node:zlib"), 1);
var deflateRaw = (0, import_node_util.promisify)(import_node_zlib.default.deflateRaw);
var S_IFDIR = 16384;
var S_IFREG = 32768;
function dosDateTime(d) {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: year - 1980 << 9 | d.getUTCMonth() + 1 << 5 | d.getUTCDate(),
    time: d.getUTCHours() << 11 | d.getUTCMinutes() << 5 | d.getUTCSeconds() >> 1
  };
}
async function prepare(entry, level) {
  if (entry.name.endsWith("/") || !entry.load) {
    return { entry, crc: 0, method: 0, data: Buffer.alloc(0), usize: 0 };
  }
  const raw = await entry.load();
  const crc = import_node_zlib.default.crc32(raw);
  if (raw.length === 0) return { entry, crc, method: 0, data: raw, usize: 0 };
  const packed = await deflateRaw(raw, { level });
  return packed.length < raw.length ? { entry, crc, method: 8, data: packed, usize: raw.length } : { entry, crc, method: 0, data: raw, usize: raw.length };
}
async function writeZipFile(outPath, entries, opts = {}) {
  const level = opts.level ?? 6;
  const windowBytes = opts.windowBytes ?? 16 * 1024 * 1024;
  const windowEntries = opts.windowEntries ?? Math.max(4, import_node_os2.default.availableParallelism() * 4);
  const { date, time } = dosDateTime(opts.date ?? new Date(Date.UTC(1980, 0, 1)));
  const fh = await import_promises.default.open(outPath, "w");
  const hash = (0, import_node_crypto.createHash)("sha256");
  let offset = 0;
  let unpackedSize = 0;
  const central = [];
  const write = async (buf) => {
    hash.update(buf);
    let done = 0;
    while (done < buf.length) done += (await fh.write(buf, done, buf.length - done, offset + done)).bytesWritten;
    offset += buf.length;
  };
  try {
    const inflight = [];
    let inflightBytes = 0;
    let next = 0;
    const fill = () => {
      while (next < entries.length && inflight.length < windowEntries) {
        const e = entries[next];
        const bytes = e.size ?? 0;
        if (inflight.length > 0 && inflightBytes + bytes > windowBytes) break;
        const p = prepare(e, level);
        p.catch(() => void 0);
        inflight.push({ p, bytes });
        inflightBytes += bytes;
        next++;
      }
    };
    fill();
    while (inflight.length) {
      const head = inflight.shift();
      const prep = await head.p;
      inflightBytes -= head.bytes;
      fill();
      const name = Buffer.from(prep.entry.name, "utf8");
      const utf8 = /[^\x20-\x7e]/.test(prep.entry.name) ? 2048 : 0;
      const isDir = prep.entry.name.endsWith("/");
      const needed = prep.method === 8 ? 20 : 10;
      if (offset > 4294967294 || prep.data.length > 4294967294 || prep.usize > 4294967294) {
        throw new Error(`zip: ${prep.entry.name} lies past 4 GiB; archives that large are not supported`);
      }
      const local = Buffer.alloc(30);
      local.writeUInt32LE(67324752, 0);
      local.writeUInt16LE(needed, 4);
      local.writeUInt16LE(utf8, 6);
      local.writeUInt16LE(prep.method, 8);
      local.writeUInt16LE(time, 10);
      local.writeUInt16LE(date, 12);
      local.writeUInt32LE(prep.crc >>> 0, 14);
      local.writeUInt32LE(prep.data.length, 18);
      local.writeUInt32LE(prep.usize, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const cd = Buffer.alloc(46);
      cd.writeUInt32LE(33639248, 0);
      cd.writeUInt16LE(3 << 8 | 20, 4);
      cd.writeUInt16LE(needed, 6);
      cd.writeUInt16LE(utf8, 8);
      cd.writeUInt16LE(prep.method, 10);
      cd.writeUInt16LE(time, 12);
      cd.writeUInt16LE(date, 14);
      cd.writeUInt32LE(prep.crc >>> 0, 16);
      cd.writeUInt32LE(prep.data.length, 20);
      cd.writeUInt32LE(prep.usize, 24);
      cd.writeUInt16LE(name.length, 28);
      const unixMode = ((isDir ? S_IFDIR : S_IFREG) | prep.entry.mode & 4095) >>> 0;
      cd.writeUInt32LE((unixMode << 16 | (isDir ? 16 : 0)) >>> 0, 38);
      cd.writeUInt32LE(offset, 42);
      central.push(cd, name);
      await write(Buffer.concat([local, name]));
      if (prep.data.length) await write(prep.data);
      unpackedSize += prep.usize;
    }
    const cdStart = offset;
    const cdBuf = Buffer.concat(central);
    await write(cdBuf);
    if (entries.length > 65535 || cdStart > 4294967294) {
      throw new Error("zip: more than 65535 entries or a central directory past 4 GiB is not supported");
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(101010256, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(cdBuf.length, 12);
    end.writeUInt32LE(cdStart, 16);
    await write(end);
  } catch (e) {
    await fh.close();
    await import_promises.default.rm(outPath, { force: true });
    throw e;
  }
  await fh.close();
  return { size: offset, sha256: hash.digest("hex"), entries: entries.length, unpackedSize };
}

// src/assemble.ts
var FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
var FILE_MODE = 420;
var EXEC_MODE = 493;
function normalizeMode(mode, isDir) {
  return isDir || (mode & 73) !== 0 ? EXEC_MODE : FILE_MODE;
}
function compareNames(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function sortEntries(entries) {
  return [...entries].sort((a, b) => compareNames(a.name, b.name));
}
function isBytecode(rel) {
  return rel.split("/").includes("__pycache__") || /\.py[co]$/.test(rel);
}
async function collectTree(root, prefix, skip = (rel) => isBytecode(rel)) {
  const entries = [];
  if (prefix) entries.push({ name: prefix.endsWith("/") ? prefix : `${prefix}/`, mode: EXEC_MODE });
  const walk = async (dir, rel) => {
    const items = await import_promises2.default.readdir(dir, { withFileTypes: true });
    for (const item of items) {
      const childRel = rel ? `${rel}/${item.name}` : item.name;
      const full = import_node_path3.default.join(dir, item.name);
      const st = item.isSymbolicLink() ? await import_promises2.default.stat(full) : void 0;
      const isDir = st ? st.isDirectory() : item.isDirectory();
      if (skip(childRel, isDir)) continue;
      const name = prefix ? `${prefix.replace(/\/$/, "")}/${childRel}` : childRel;
      if (isDir) {
        entries.push({ name: `${name}/`, mode: EXEC_MODE });
        await walk(full, childRel);
      } else {
        const fst = st ?? await import_promises2.default.stat(full);
        entries.push({ name, source: full, mode: normalizeMode(fst.mode, false), size: fst.size });
      }
    }
  };
  await walk(root, "");
  return sortEntries(entries);
}
async function writeZip(entries, outPath, opts = {}) {
  await import_promises2.default.mkdir(import_node_path3.default.dirname(outPath), { recursive: true });
  const res = await writeZipFile(
    outPath,
    entries.map((e) => ({
      name: e.name,
      mode: e.mode,
      size: e.size ?? e.data?.length,
      load: e.data ? async () => e.data : e.source ? () => import_promises2.default.readFile(e.source) : void 0
    })),
    { level: opts.level, date: FIXED_DATE }
  );
  return { path: outPath, ...res };
}

// src/publish.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB"];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
function outputsOf(result) {
  return {
    "artifact-path": result.artifact.path,
    sha256: result.artifact.sha256,
    size: String(result.artifact.size),
    ...result.image ? { image: result.image.tag, "image-id": result.image.id } : {}
  };
}
function summaryLines(result) {
  const a = result.artifact;
  const lines = [
    `artifact: ${a.path}`,
    `size: ${a.size} bytes (${formatBytes(a.size)}; ${formatBytes(a.unpackedSize)} unpacked), ${a.entries} entries`,
    `sha256: ${a.sha256}`
  ];
  if (result.verify) {
    lines.push(
      `verified in ${result.verify.image} (Python ${result.verify.python}): ` + result.verify.imports.map((i) => `${i.module} ${i.version ?? ""}`.trim()).join(", ")
    );
  }
  return lines;
}

// src/select.ts
var import_promises3 = __toESM(require("node:fs/promises"), 1);
var import_node_path4 = __toESM(require("node:path"), 1);
var import_ignore = __toESM(require_ignore(), 1);
var DEFAULT_EXCLUDES = [
  "venv/",
  ".venv/",
  "__pycache__/",
  "*.pyc",
  ".git/",
  "*.db",
  ".history/",
  ".env",
  ".DS_Store",
  "node_modules/",
  "s.yaml",
  "s.yml",
  ".fcignore",
  ".s/"
];
async function sizeOf(full) {
  const st = await import_promises3.default.lstat(full);
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  let files = 0;
  let bytes = 0;
  for (const name of await import_promises3.default.readdir(full)) {
    const s = await sizeOf(import_node_path4.default.join(full, name));
    files += s.files;
    bytes += s.bytes;
  }
  return { files, bytes };
}
async function buildIgnore(root, exclude) {
  const ig = (0, import_ignore.default)();
  ig.add(DEFAULT_EXCLUDES.map((pattern) => ({ pattern, mark: "default" })));
  let fcignore = false;
  try {
    const text = await import_promises3.default.readFile(import_node_path4.default.join(root, ".fcignore"), "utf8");
    fcignore = true;
    text.split(/\r?\n/).forEach((pattern, i) => {
      if (pattern.trim() && !pattern.startsWith("#")) ig.add({ pattern, mark: `.fcignore:${i + 1}` });
    });
  } catch {
  }
  ig.add(exclude.map((pattern) => ({ pattern, mark: "exclude" })));
  return { ig, fcignore };
}
function isInside(child, parent) {
  const rel = import_node_path4.default.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !import_node_path4.default.isAbsolute(rel);
}
async function selectFiles(root, opts) {
  const realRoot = await import_promises3.default.realpath(root);
  const { ig } = await buildIgnore(root, opts.exclude);
  const skip = (opts.skipAbsolute ?? []).map((p) => import_node_path4.default.resolve(p));
  const entries = [];
  const rules = /* @__PURE__ */ new Map();
  const excluded = [];
  const excludedFiles = [];
  const links = /* @__PURE__ */ new Map();
  const leaveOut = async (rel, full, source, pattern) => {
    const s = await sizeOf(full);
    const key = `${source}\0${pattern}`;
    const r = rules.get(key) ?? { source, pattern, files: 0, bytes: 0 };
    r.files += s.files;
    r.bytes += s.bytes;
    rules.set(key, r);
    excluded.push({ path: rel, ...s });
    excludedFiles.push(rel);
  };
  const walk = async (dir, rel, realStack) => {
    const names = (await import_promises3.default.readdir(dir)).sort();
    for (const name of names) {
      const full = import_node_path4.default.join(dir, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (skip.some((s) => full === s)) continue;
      const lst = await import_promises3.default.lstat(full);
      let st = lst;
      if (lst.isSymbolicLink()) {
        const target = await import_promises3.default.readlink(full);
        let real;
        try {
          real = await import_promises3.default.realpath(full);
        } catch {
          if (ig.test(childRel).ignored) continue;
          throw new UserError(
            `Symbolic link ${childRel} -> ${target} points at nothing. Remove it, or exclude it (exclude input or .fcignore).`,
            "working-directory"
          );
        }
        if (!isInside(real, realRoot)) {
          if (ig.test(childRel).ignored || ig.test(`${childRel}/`).ignored) continue;
          throw new UserError(
            `Symbolic link ${childRel} -> ${target} points outside working-directory (${real}); FC gets no such file. Copy what it points at into the folder, or exclude the link (exclude input or .fcignore).`,
            "working-directory"
          );
        }
        st = await import_promises3.default.stat(full);
        links.set(childRel, import_node_path4.default.relative(realRoot, real));
      }
      const isDir = st.isDirectory();
      const test = ig.test(isDir ? `${childRel}/` : childRel);
      if (test.ignored) {
        await leaveOut(childRel, full, test.rule?.mark ?? "default", test.rule?.pattern ?? "?");
        continue;
      }
      if (isDir) {
        const real = await import_promises3.default.realpath(full);
        if (realStack.includes(real)) {
          throw new UserError(`Symbolic link ${childRel} makes a loop. Remove it or exclude it.`, "working-directory");
        }
        entries.push({ name: `${childRel}/`, mode: EXEC_MODE });
        await walk(full, childRel, [...realStack, real]);
      } else if (st.isFile()) {
        entries.push({ name: childRel, source: full, mode: normalizeMode(st.mode, false), size: st.size });
      }
    }
  };
  await walk(root, "", [realRoot]);
  return {
    entries,
    rules: [...rules.values()].sort((a, b) => b.bytes - a.bytes),
    largest: excluded.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    excludedFiles,
    links
  };
}

// src/smoke.ts
var import_node_crypto2 = require("node:crypto");

// src/proc.ts
var import_node_child_process = require("node:child_process");
var MAX_CAPTURE = 4 * 1024 * 1024;
function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = (0, import_node_child_process.spawn)(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      shell: false
    });
    const out = { stdout: "", stderr: "" };
    const partial = { stdout: "", stderr: "" };
    let timedOut = false;
    let spawnError;
    const collect = (stream) => (chunk) => {
      const text = chunk.toString("utf8");
      if (out[stream].length < MAX_CAPTURE) out[stream] += text;
      if (opts.onLine) {
        const lines = (partial[stream] + text).split("\n");
        partial[stream] = lines.pop() ?? "";
        for (const l of lines) opts.onLine(l.replace(/\r$/, ""), stream);
      }
    };
    child.stdout.on("data", collect("stdout"));
    child.stderr.on("data", collect("stderr"));
    if (opts.input !== void 0) child.stdin.end(opts.input);
    const timer = opts.timeoutMs ? setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      spawnError = e;
    });
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      if (opts.onLine) {
        for (const s of ["stdout", "stderr"]) if (partial[s]) opts.onLine(partial[s], s);
      }
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: out.stdout,
        stderr: out.stderr,
        spawnError,
        timedOut
      });
    });
  });
}
function tail(text, n) {
  return text.split("\n").filter((l) => l.trim()).slice(-n).join("\n");
}

// src/docker.ts
var DOCKER = process.env.FC_PYTHON_PACK_DOCKER || "docker";
function pullPolicy(env = process.env) {
  return env.FC_PYTHON_PACK_PULL === "never" ? "never" : "missing";
}
function docker(args, opts) {
  return run(DOCKER, args, opts);
}
async function ensureDocker(why, fix) {
  const res = await docker(["version", "--format", "{{.Server.Version}}"], { timeoutMs: 3e4 });
  if (res.spawnError) {
    throw new UserError(`${why} needs Docker, and no docker command was found. ${fix}`);
  }
  if (res.code !== 0) {
    throw new UserError(`${why} needs a running Docker engine: ${tail(res.stderr, 2) || "docker version failed"}. ${fix}`);
  }
}
async function imageExists(image) {
  const res = await docker(["image", "inspect", "--format", "{{.Id}}", image]);
  return res.code === 0;
}
async function ensureImage(image, input, fix) {
  if (await imageExists(image)) return;
  if (pullPolicy() === "never") {
    throw new UserError(`Input ${input}: image ${image} is not present and pulling is off (FC_PYTHON_PACK_PULL=never). ${fix}`, input);
  }
  const res = await docker(["pull", "--quiet", image], { timeoutMs: 10 * 6e4 });
  if (res.code !== 0) {
    throw new UserError(`Input ${input}: image ${image} is not present and could not be pulled (${tail(res.stderr, 1)}). ${fix}`, input);
  }
}

// src/smoke.ts
var HTTP_PROBE = `
import json, sys, time, urllib.request, urllib.error
port, path, timeout = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
start = time.monotonic()
status, error = None, None
while time.monotonic() - start < timeout:
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=5) as r:
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    except Exception as e:
        error = "%s: %s" % (type(e).__name__, e)
        time.sleep(0.1)
        continue
    if status < 500:
        break
    time.sleep(0.2)
elapsed = time.monotonic() - start
socks = []
for name in ("/proc/net/tcp", "/proc/net/tcp6"):
    try:
        with open(name) as f:
            next(f)
            for line in f:
                parts = line.split()
                local, state = parts[1], parts[3]
                addr, p = local.rsplit(":", 1)
                if state == "0A":
                    socks.append([addr, int(p, 16)])
    except OSError:
        pass
print(json.dumps({"status": status, "error": error, "elapsed": elapsed, "listening": socks}), flush=True)
`;
function procAddress(hex) {
  if (hex.length === 8) {
    const b = Buffer.from(hex, "hex");
    return [b[3], b[2], b[1], b[0]].join(".");
  }
  if (hex === "00000000000000000000000000000000") return "::";
  if (hex === "00000000000000000000000001000000") return "::1";
  if (/^0000000000000000FFFF0000/i.test(hex)) return `::ffff:${procAddress(hex.slice(24))}`;
  return hex;
}
function isLoopback(addr) {
  return addr.startsWith("127.") || addr === "::1" || addr.startsWith("::ffff:127.");
}
function startFailure(stderr) {
  if (/exec format error/i.test(stderr)) return " On FC: code 8, exec format error (no #! line).";
  if (/permission denied/i.test(stderr)) return " On FC: code 13, permission denied (bootstrap not executable).";
  if (/no such file or directory/i.test(stderr)) return " On FC: code 127 (the interpreter in the #! line is missing, or ends in \\r from CRLF line endings).";
  return "";
}
function exitMeaning(code) {
  switch (code) {
    case 1:
      return "code 1, message:operation not permitted (that is errno 1's name: Python exited with an error)";
    case 126:
      return "code 126 (not executable)";
    case 127:
      return "code 127 (command not found; with CRLF endings the name ends in \\r)";
    default:
      return `code ${code}`;
  }
}
async function smokeTest(spec, log) {
  const name = `fcpp-smoke-${(0, import_node_crypto2.randomBytes)(6).toString("hex")}`;
  const runArgs = [
    "run",
    "-d",
    "--name",
    name,
    "--network",
    "none",
    ...pullPolicy() === "never" ? ["--pull", "never"] : [],
    ...spec.readOnly ? ["--read-only", "--tmpfs", "/tmp:rw,exec,size=512m"] : [],
    "-e",
    `FC_SERVER_PORT=${spec.port}`,
    "-e",
    `FC_CUSTOM_LISTEN_PORT=${spec.port}`,
    ...spec.mountArgs,
    ...spec.entrypoint ? ["--entrypoint", spec.entrypoint] : [],
    spec.image
  ];
  const logsTail = async () => {
    const res = await docker(["logs", "--tail", "30", name]);
    const text = tail(`${res.stdout}
${res.stderr}`, 30);
    return text ? `
Last lines of the app's output:
${text}` : "\n(The app printed nothing.)";
  };
  const started = Date.now();
  const run2 = await docker(runArgs, { timeoutMs: 12e4 });
  try {
    if (run2.code !== 0) {
      throw new UserError(`Smoke test: the container did not start: ${tail(run2.stderr, 3)}.${startFailure(run2.stderr)}`);
    }
    log.info(`Started ${spec.entrypoint ?? "the image command"} in ${spec.image}; polling http://127.0.0.1:${spec.port}${spec.path} for up to ${spec.timeoutSec} s`);
    const probe = await docker(["exec", name, spec.probePython ?? "python3", "-c", HTTP_PROBE, String(spec.port), spec.path, String(spec.timeoutSec)], {
      timeoutMs: (spec.timeoutSec + 60) * 1e3
    });
    const line = probe.stdout.split("\n").find((l) => l.startsWith("{"));
    if (!line) {
      const state = await docker(["inspect", "--format", "{{.State.Running}} {{.State.ExitCode}}", name]);
      const [running, exit] = state.stdout.trim().split(" ");
      if (running === "false") {
        throw new UserError(
          `Smoke test: the function exited with code ${exit} before answering. On FC: Function instance exited unexpectedly(${exitMeaning(Number(exit))}).${await logsTail()}`
        );
      }
      throw new UserError(`Smoke test: could not probe the container (${tail(probe.stderr, 2)}).${await logsTail()}`);
    }
    const report = JSON.parse(line);
    const listen = report.listening.filter(([, p]) => p === spec.port).map(([a]) => procAddress(a));
    if (report.status === null || report.status >= 500) {
      const state = await docker(["inspect", "--format", "{{.State.Running}} {{.State.ExitCode}}", name]);
      const [running, exit] = state.stdout.trim().split(" ");
      const others = [...new Set(report.listening.map(([, p]) => p).filter((p) => p !== spec.port))];
      const why = running === "false" ? `the function exited with code ${exit}. On FC: Function instance exited unexpectedly(${exitMeaning(Number(exit))}).` : report.status !== null ? `it answered ${report.status} to ${spec.path} until the timeout.` : `nothing answered on port ${spec.port} within ${spec.timeoutSec} s (last error: ${report.error}).` + (others.length ? ` The app listens on port ${others.join(", ")} instead: FC calls ${spec.port} (FC_SERVER_PORT).` : "") + ` On FC: FunctionNotStarted (the instance must listen on 0.0.0.0:${spec.port} within 120 s).`;
      throw new UserError(`Smoke test failed: ${why}${await logsTail()}`);
    }
    if (listen.length && listen.every(isLoopback)) {
      throw new UserError(
        `Smoke test: the server listens only on ${listen.join(", ")}:${spec.port}, which FC cannot reach (FunctionNotStarted). Listen on 0.0.0.0 (uvicorn --host 0.0.0.0 --port ${spec.port}).`
      );
    }
    const ms = Date.now() - started;
    log.info(`  ${spec.path} answered ${report.status} after ${report.elapsed.toFixed(2)} s of polling (${(ms / 1e3).toFixed(1)} s from start), listening on ${listen.join(", ") || "?"}`);
    return { status: report.status, ms: Math.round(report.elapsed * 1e3), listen };
  } finally {
    await docker(["rm", "-f", name]);
  }
}

// src/unzip.ts
var import_node_fs2 = require("node:fs");
var import_promises4 = __toESM(require("node:fs/promises"), 1);
var import_node_path5 = __toESM(require("node:path"), 1);
var import_promises5 = require("node:stream/promises");
var import_yauzl = __toESM(require_yauzl(), 1);
function unsafeEntryReason(name) {
  if (name.includes("\\")) return "contains a backslash";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "is an absolute path";
  if (name.split("/").includes("..")) return "climbs out with ..";
  if (name.includes("\0")) return "contains a NUL byte";
  return void 0;
}
function open(zipPath) {
  return new Promise(
    (resolve, reject) => import_yauzl.default.open(
      zipPath,
      { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true, decodeStrings: false },
      (err, zf) => err ? reject(err) : resolve(zf)
    )
  );
}
async function eachEntry(zipPath, fn) {
  let zf;
  try {
    zf = await open(zipPath);
  } catch (e) {
    throw new UserError(`${zipPath} is not a readable zip: ${e.message}`);
  }
  try {
    await new Promise((resolve, reject) => {
      zf.on("entry", (entry) => {
        fn(entry, zf).then(() => zf.readEntry(), reject);
      });
      zf.on("end", resolve);
      zf.on("error", reject);
      zf.readEntry();
    });
  } finally {
    zf.close();
  }
}
function nameOf(e) {
  const raw = e.fileName;
  return typeof raw === "string" ? raw : raw.toString((e.generalPurposeBitFlag & 2048) !== 0 ? "utf8" : "latin1");
}
function toListing(e) {
  const mode = e.externalFileAttributes >>> 16 & 65535;
  const name = nameOf(e);
  const isDir = name.endsWith("/") || (mode & 61440) === 16384;
  return {
    name,
    mode,
    isDir,
    isSymlink: (mode & 61440) === 40960,
    size: e.uncompressedSize,
    compressedSize: e.compressedSize,
    crc32: e.crc32,
    dosDate: e.lastModFileDate,
    dosTime: e.lastModFileTime
  };
}
async function extractZip(zipPath, dest) {
  const root = import_node_path5.default.resolve(dest);
  let count = 0;
  await eachEntry(zipPath, async (e, zf) => {
    const info = toListing(e);
    const why = unsafeEntryReason(info.name);
    const target = import_node_path5.default.resolve(root, info.name);
    if (why || target !== root && !target.startsWith(root + import_node_path5.default.sep)) {
      throw new UserError(`Refusing to unpack ${zipPath}: entry "${info.name}" ${why ?? "lands outside the destination"}.`);
    }
    if (info.isSymlink) throw new UserError(`Refusing to unpack ${zipPath}: entry "${info.name}" is a symbolic link.`);
    if (info.isDir) {
      await import_promises4.default.mkdir(target, { recursive: true });
      return;
    }
    await import_promises4.default.mkdir(import_node_path5.default.dirname(target), { recursive: true });
    const stream = await new Promise((res, rej) => zf.openReadStream(e, (err, s) => err ? rej(err) : res(s)));
    const perm = info.mode & 73 ? 493 : 420;
    await (0, import_promises5.pipeline)(stream, (0, import_node_fs2.createWriteStream)(target, { mode: perm }));
    await import_promises4.default.chmod(target, perm);
    count++;
  });
  return count;
}

// src/verify.ts
var import_promises6 = __toESM(require("node:fs/promises"), 1);
var import_node_path6 = __toESM(require("node:path"), 1);
var IMPORT_PROBE = `
import importlib, json, sys
print(json.dumps({"python": "%d.%d" % sys.version_info[:2]}), flush=True)
for name in sys.argv[1:]:
    try:
        m = importlib.import_module(name)
        ver = getattr(m, "__version__", None)
        if ver is None:
            try:
                from importlib import metadata
                dists = metadata.packages_distributions().get(name.split(".")[0]) or []
                ver = metadata.version(dists[0]) if dists else None
            except Exception:
                ver = None
        print(json.dumps({"module": name, "ok": True, "version": None if ver is None else str(ver), "file": getattr(m, "__file__", None)}), flush=True)
    except BaseException as e:
        print(json.dumps({"module": name, "ok": False, "error": "%s: %s" % (type(e).__name__, e)}), flush=True)
`;
var VERIFY_FIX = "Start Docker on the runner (ubuntu-latest has it), or set verify: false.";
async function preflightVerify(plan) {
  await ensureDocker("Input verify", VERIFY_FIX);
  await ensureImage(
    plan.inputs.verifyImage,
    "verify-image",
    `Set verify-image to an image with Python ${plan.inputs.pythonVersion} that is present or can be pulled, or set verify: false.`
  );
}
function parseProbeOutput(stdout) {
  let python;
  const imports = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const obj = JSON.parse(line);
      if (typeof obj.python === "string") python = obj.python;
      else if (typeof obj.module === "string") imports.push(obj);
    } catch {
    }
  }
  return { python, imports };
}
function importFailureMessage(r, where2) {
  const missing = /No module named '?([\w.]+)'?/.exec(r.error ?? "")?.[1];
  const fc = missing ? `On FC this is "Function instance exited unexpectedly(code 1, message:operation not permitted)" with "No module named ${missing}" in the logs.` : "On FC the instance would exit with code 1.";
  return `Verify: module ${r.module} does not import from ${where2}: ${r.error}. ${fc} Add the distribution that provides ${missing ?? r.module} to the requirements file (or fix verify-imports).`;
}
async function checkImports(check, log) {
  const args = [
    "run",
    "--rm",
    "--network",
    "none",
    ...pullPolicy() === "never" ? ["--pull", "never"] : [],
    ...check.mountArgs,
    "--entrypoint",
    "python3",
    check.image,
    "-c",
    IMPORT_PROBE,
    ...check.modules
  ];
  const res = await docker(args, { timeoutMs: 5 * 6e4 });
  const { python, imports } = parseProbeOutput(res.stdout);
  if (!python) {
    throw new UserError(
      `Verify could not run python3 in ${check.image} (exit ${res.code}): ${tail(res.stderr, 5)}. Set verify-image to an image with python3.`,
      "verify-image"
    );
  }
  if (python !== check.pythonVersion && check.requireVersion === false) {
    log.info(`  ${check.image} runs Python ${python} (python-version is ${check.pythonVersion}; the image decides)`);
  } else if (python !== check.pythonVersion) {
    throw new UserError(
      `Input verify-image: ${check.image} runs Python ${python}, but python-version is ${check.pythonVersion}: the check would prove nothing. Use an image with Python ${check.pythonVersion}.`,
      "verify-image"
    );
  }
  for (const r of imports) {
    if (r.ok) log.info(`  import ${r.module} ${r.version ?? ""} from ${r.file ?? "(built-in)"}`);
  }
  const failed = imports.find((r) => !r.ok);
  if (failed) throw new UserError(importFailureMessage(failed, check.where), "verify-imports");
  if (imports.length !== check.modules.length) {
    throw new UserError(`Verify: the import check stopped early (exit ${res.code}): ${tail(res.stderr, 5)}`);
  }
  return { image: check.image, python, imports };
}
async function verifyLayer(zipPath, plan, scratch, log) {
  const opt = import_node_path6.default.join(scratch, "opt");
  await import_promises6.default.mkdir(opt, { recursive: true });
  await extractZip(zipPath, opt);
  log.info(`Verifying in ${plan.inputs.verifyImage} (network none, layer read-only at /opt)`);
  return checkImports(
    {
      image: plan.inputs.verifyImage,
      pythonVersion: plan.inputs.pythonVersion,
      modules: plan.inputs.verifyImports,
      mountArgs: ["-v", `${opt}:/opt:ro`, "-e", "PYTHONPATH=/opt/python"],
      where: "the layer (/opt/python)"
    },
    log
  );
}

// src/targets/common.ts
var import_promises8 = __toESM(require("node:fs/promises"), 1);
var import_node_path8 = __toESM(require("node:path"), 1);

// src/bootstrap.ts
var CODE_DIR = "/code";
var KNOWN_VARS = { FC_FUNC_CODE_PATH: CODE_DIR, PWD: CODE_DIR };
function expandShell(value, vars) {
  return value.replace(/\$\(pwd\)|`pwd`/g, CODE_DIR).replace(/\$\{(\w+):\+([^}]*)\}/g, (_m, name, word) => vars[name] ? expandShell(word, vars) : "").replace(/\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)/g, (m, a, dflt, b) => {
    const name = a ?? b;
    if (name in vars) return vars[name] || dflt || "";
    return m;
  });
}
function unquote(v) {
  if (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1);
  return v;
}
function normalizeDir(p) {
  const abs = p.startsWith("/") ? p : `${CODE_DIR}/${p.replace(/^\.\//, "")}`;
  const parts = [];
  for (const seg of abs.split("/")) {
    if (!seg || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join("/")}`;
}
function pythonPathDirs(value) {
  return value.split(":").filter((p) => p && !p.includes("$")).map(normalizeDir);
}
var PYTHONPATH_ASSIGN = /(?:^|[\s;&|(])(?:export\s+)?PYTHONPATH=("[^"]*"|'[^']*'|(?:\$\([^)]*\)|\$\{[^}]*\}|[^\s;&|()])*)/g;
var LOOPBACK_BIND = /(?:--host[=\s]+|--bind[=\s]+|-b\s+|host\s*=\s*)["']?(127\.0\.0\.1|localhost)\b/i;
var PIP_INSTALL = /\bpip3?(?:\.\d+)?\s+install\b|-m\s+pip\s+install\b/;
var PORT_FLAG = /(?:--port[=\s]+|--bind[=\s]+\S*:|-b\s+\S*:)["']?(\d{2,5})\b/;
function analyzeBootstrap(content, ctx) {
  const text = typeof content === "string" ? content : content.toString("utf8");
  const findings = [];
  const add = (f) => findings.push({ file: ctx.file, ...f });
  const lines = text.split("\n");
  if (!text.startsWith("#!")) {
    add({
      severity: "error",
      code: "bootstrap-shebang",
      line: 1,
      message: `${ctx.file} has no #! line, so the kernel cannot run it`,
      fcSymptom: "Function instance exited unexpectedly(code 8, message:exec format error)",
      fix: "Make the first line #!/bin/bash (or #!/usr/bin/env bash)."
    });
  }
  const crlfLine = lines.findIndex((l) => l.endsWith("\r"));
  if (crlfLine >= 0) {
    add({
      severity: "error",
      code: "bootstrap-crlf",
      line: crlfLine + 1,
      message: `${ctx.file} has CRLF (Windows) line endings: the interpreter's name ends in \\r`,
      fcSymptom: "Function instance exited unexpectedly(code 127, ...) with /usr/bin/env: 'bash\\r': No such file or directory",
      fix: 'Convert it to LF (dos2unix bootstrap; add "bootstrap text eol=lf" to .gitattributes), or set convert-crlf: true.'
    });
  }
  let pythonPath;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    const code = line.replace(/(^|\s)#.*$/, "");
    if (!code.trim()) return;
    for (const m of code.matchAll(PYTHONPATH_ASSIGN)) {
      pythonPath = expandShell(unquote(m[1]), { ...KNOWN_VARS, PYTHONPATH: pythonPath ?? "" });
    }
    if (PIP_INSTALL.test(code)) {
      add({
        severity: "warning",
        code: "bootstrap-pip-install",
        line: i + 1,
        message: `${ctx.file} installs packages at start: every cold start pays for it, and it needs network from the function`,
        fcSymptom: 'Slow cold starts, or "No module named ..." when the install fails at start',
        fix: "Build the dependencies in: target layer, or target code with include-deps: true, and drop the pip install line."
      });
    }
    const bind = LOOPBACK_BIND.exec(code);
    if (bind) {
      add({
        severity: "error",
        code: "bootstrap-listen",
        line: i + 1,
        message: `${ctx.file} binds the server to ${bind[1]}, which FC cannot reach`,
        fcSymptom: "FunctionNotStarted: the function instance did not start listening on the port in time",
        fix: `Listen on 0.0.0.0: --host 0.0.0.0 --port ${ctx.port}.`
      });
    }
    const port = PORT_FLAG.exec(code);
    if (port && Number(port[1]) !== ctx.port) {
      add({
        severity: "warning",
        code: "bootstrap-port",
        line: i + 1,
        message: `${ctx.file} listens on port ${port[1]}, but FC calls port ${ctx.port}`,
        fcSymptom: "FunctionNotStarted: the function instance did not start listening on the port in time",
        fix: `Listen on ${ctx.port} (or use $FC_SERVER_PORT), or set the function's port to ${port[1]}.`
      });
    }
  });
  if (ctx.depsDirs.length) {
    const dirs = pythonPathDirs(pythonPath ?? "");
    if (!ctx.depsDirs.some((d) => dirs.includes(d))) {
      add({
        severity: "error",
        code: "bootstrap-no-pythonpath",
        line: 1,
        message: `the dependencies are in ${ctx.depsDirs.join(" or ")}, but ${ctx.file} never puts ${ctx.depsDirs.length > 1 ? "either" : "it"} on PYTHONPATH` + (pythonPath !== void 0 ? ` (it sets PYTHONPATH=${pythonPath})` : ""),
        fcSymptom: "Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named uvicorn",
        fix: `Add export PYTHONPATH=${ctx.depsDirs[0]}:$PYTHONPATH before the server starts.`
      });
    }
  }
  return { findings, pythonPath };
}
function toLf(content) {
  return Buffer.from(content.toString("utf8").replace(/\r\n/g, "\n"), "utf8");
}

// src/install.ts
var import_promises7 = __toESM(require("node:fs/promises"), 1);
var import_node_path7 = __toESM(require("node:path"), 1);
function redactUrl(text) {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+):[^\s/@]+@/gi, "$1:***@");
}
function explainPipFailure(stderr, plan) {
  const m = /No matching distribution found for ([^\s;]+)/.exec(stderr);
  if (!m) return void 0;
  const req = m[1];
  const versions = /Could not find a version that satisfies the requirement [^\s]+ \(from versions: ([^)]*)\)/.exec(stderr)?.[1]?.trim();
  const { pythonVersion, runtime } = plan.inputs;
  const seen = versions && versions !== "none" ? `The index has versions ${versions}, but none with a wheel for this platform.` : "The index has no wheel of it for this platform (or does not carry it at all).";
  return new UserError(
    `No installable wheel for "${req}" on ${runtime} (CPython ${pythonVersion}, x86_64, glibc ${plan.glibc}). ${seen} Tags tried: ${plan.platforms.join(", ")}, plus pure-Python wheels. Fix: pin a version of ${req.replace(/[<>=!~].*$/, "")} that ships manylinux x86_64 wheels for Python ${pythonVersion}, choose a runtime with a newer glibc (input runtime), or check index-url.`,
    "requirements"
  );
}
var SCRIPT_SHEBANG = "#!/usr/bin/env python3";
async function rewriteScripts(binDir) {
  let names;
  try {
    names = (await import_promises7.default.readdir(binDir)).sort();
  } catch {
    return [];
  }
  const rewritten = [];
  for (const name of names) {
    const file = import_node_path7.default.join(binDir, name);
    const st = await import_promises7.default.lstat(file);
    if (!st.isFile()) continue;
    const text = await import_promises7.default.readFile(file, "utf8");
    const lines = text.split("\n");
    let body;
    if (/^#!.*python[\d.]*\s*$/.test(lines[0] ?? "")) {
      body = lines.slice(1);
    } else if (lines[0] === "#!/bin/sh" && (lines[1] ?? "").startsWith("'''exec'") && lines[2] === "' '''") {
      body = lines.slice(3);
    }
    if (!body) continue;
    await import_promises7.default.writeFile(file, [SCRIPT_SHEBANG, ...body].join("\n"));
    rewritten.push(name);
  }
  return rewritten;
}
async function installRequirements(plan, dest, log, opts = {}) {
  const python = opts.python ?? process.env.FC_PYTHON_PACK_PYTHON ?? "python3";
  const args = ["-m", "pip", "install", "--target", dest, ...plan.pipInstallArgs];
  log.info(`pip: ${redactUrl([python, ...args].join(" "))}`);
  const started = Date.now();
  const res = await run(python, args, {
    env: { ...opts.env ?? process.env, PIP_ROOT_USER_ACTION: "ignore", PYTHONDONTWRITEBYTECODE: "1" },
    onLine: (line) => {
      if (line.trim()) log.debug(redactUrl(line));
    }
  });
  const durationMs = Date.now() - started;
  if (res.spawnError) {
    throw new UserError(
      `Could not run ${python} to install the requirements (${res.spawnError.code}). Install Python 3 on the runner (actions/setup-python) or set FC_PYTHON_PACK_PYTHON.`
    );
  }
  if (res.code !== 0) {
    const known = explainPipFailure(res.stderr, plan);
    if (known) throw known;
    throw new UserError(
      `pip could not install ${plan.inputs.requirementsInput} (exit ${res.code}):
${redactUrl(tail(res.stderr || res.stdout, 15))}`,
      "requirements"
    );
  }
  const installed = /Successfully installed (.*)/.exec(res.stdout)?.[1]?.trim().split(/\s+/) ?? [];
  const scripts = await rewriteScripts(import_node_path7.default.join(dest, "bin"));
  return { installed, scripts, durationMs };
}

// src/targets/common.ts
async function installDeps(plan, dest, log, timed, env) {
  const { inputs } = plan;
  const install = await log.group(
    `Installing ${inputs.requirementsInput} for ${inputs.runtime}, Python ${inputs.pythonVersion}`,
    () => timed("install", () => installRequirements(plan, dest, log, { env }))
  );
  log.info(`Installed ${install.installed.length} distributions in ${(install.durationMs / 1e3).toFixed(1)} s`);
  if (install.scripts.length) log.info(`Console scripts pointed at /usr/bin/env python3: ${install.scripts.join(", ")}`);
  return install;
}
var CODE_DIR2 = "/code";
function describe(f) {
  return `${f.file}${f.line ? `:${f.line}` : ""}: ${f.message}. On FC: ${f.fcSymptom}. Fix: ${f.fix}`;
}
async function enforceBootstrap(plan, sel, depsDirs, log) {
  const { inputs } = plan;
  const name = inputs.bootstrap;
  const rel = import_node_path8.default.relative(inputs.workspace, import_node_path8.default.join(inputs.workingDirectory, name)) || name;
  const entry = sel.entries.find((e) => e.name === name);
  if (!entry) {
    const excluded = sel.excludedFiles.includes(name);
    throw new UserError(
      `${rel} ${excluded ? "is left out by the exclude patterns" : "does not exist"}, and FC starts ${CODE_DIR2}/bootstrap: the function would fail with "the file /code/bootstrap is not exist". Add a bootstrap script (#!/bin/bash, then exec python3 -m uvicorn main:app --host 0.0.0.0 --port ${inputs.port}), or set bootstrap: none if the function has another start command.`,
      "bootstrap"
    );
  }
  let content = entry.data ?? await import_promises8.default.readFile(entry.source);
  const analysis = analyzeBootstrap(content, { file: rel, depsDirs, port: inputs.port });
  let findings = analysis.findings;
  if (inputs.convertCrlf && findings.some((f) => f.code === "bootstrap-crlf")) {
    content = toLf(content);
    entry.data = content;
    entry.source = void 0;
    entry.size = content.length;
    findings = findings.filter((f) => f.code !== "bootstrap-crlf");
    log.notice(`${rel} had CRLF line endings; stored with LF (convert-crlf: true). Fix the source too: dos2unix ${name}.`, { file: rel, line: 1 });
  }
  for (const f of findings) {
    const where2 = { file: f.file, line: f.line, title: f.code };
    if (f.severity === "error") log.error(describe(f), where2);
    else if (f.severity === "warning") log.warning(describe(f), where2);
    else log.notice(describe(f), where2);
  }
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length) throw new UserError(`The bootstrap would not start on FC:
${errors.map(describe).join("\n")}`, "bootstrap");
  const srcMode = (await import_promises8.default.stat(import_node_path8.default.join(inputs.workingDirectory, name))).mode;
  if ((srcMode & 73) === 0) {
    log.notice(
      `${rel} is not executable in the source (a Windows checkout loses the bit); it is stored 0755. Without that FC fails with "code 13, message:permission denied". To fix the source: git update-index --chmod=+x ${name}`,
      { file: rel, line: 1 }
    );
  }
  entry.mode = EXEC_MODE;
  return { ...analysis, findings };
}

// src/targets/code.ts
function reportExclusions(sel, log) {
  if (!sel.rules.length) {
    log.info("Nothing left out.");
    return;
  }
  log.info("Left out:");
  for (const r of sel.rules) log.info(`  ${r.pattern.padEnd(16)} ${String(r.files).padStart(6)} files ${formatBytes(r.bytes).padStart(10)}  (${r.source})`);
  log.info(`Largest: ${sel.largest.map((p) => `${p.path} (${formatBytes(p.bytes)})`).join(", ")}`);
}
async function warnNeededEnv(sel, workingDirectory, rel, log) {
  const envFiles = sel.excludedFiles.filter((p) => p === ".env" || p.endsWith("/.env"));
  if (!envFiles.length) return;
  for (const e of sel.entries) {
    if (!e.name.endsWith(".py") || !e.source || (e.size ?? 0) > 1e6) continue;
    const lines = (await import_promises9.default.readFile(e.source, "utf8")).split("\n");
    const i = lines.findIndex((l) => /load_dotenv|dotenv_values|["']\.env["']/.test(l));
    if (i >= 0) {
      log.warning(
        `${e.name} reads .env, which is left out of function.zip (it holds secrets, and Serverless Devs never ships it either). Set those values as the function's environment variables on FC.`,
        { file: rel(e.name), line: i + 1, title: ".env is not shipped" }
      );
      return;
    }
  }
}
async function buildCode(plan, scratch, log, timed) {
  const { inputs } = plan;
  const wd = inputs.workingDirectory;
  const rel = (p) => import_node_path9.default.relative(inputs.workspace, import_node_path9.default.join(wd, p)) || p;
  const sel = await log.group("Selecting files", async () => {
    const s = await timed("select", () => selectFiles(wd, { exclude: inputs.exclude, skipAbsolute: [inputs.outputDir] }));
    reportExclusions(s, log);
    return s;
  });
  await warnNeededEnv(sel, wd, rel, log);
  const depsInZip = plan.installDeps && inputs.includeDeps;
  const depsAsLayer = plan.installDeps && !inputs.includeDeps;
  if (depsInZip && sel.entries.some((e) => e.name === "python/" || e.name.startsWith("python/"))) {
    throw new UserError(
      `working-directory already has a python/ folder, where include-deps puts the dependencies. Rename it, exclude it, or set include-deps: false.`,
      "include-deps"
    );
  }
  let pythonPath;
  if (inputs.bootstrap) {
    pythonPath = (await enforceBootstrap(plan, sel, depsInZip ? [`${CODE_DIR2}/python`] : depsAsLayer ? ["/opt/python"] : [], log)).pythonPath;
  } else if (inputs.smokeTest) {
    throw new UserError("Input smoke-test: true needs a bootstrap to start (input bootstrap is none).", "smoke-test");
  }
  const pythonDir = import_node_path9.default.join(scratch, "deps", "python");
  const install = plan.installDeps && (depsInZip || inputs.verify) ? await installDeps(plan, pythonDir, log, timed) : void 0;
  if (depsAsLayer && install) log.info("include-deps is false: the dependencies are not in function.zip; verify mounts them at /opt/python, as a layer would be.");
  const file = import_node_path9.default.join(scratch, "out", plan.artifactName);
  const artifact = await log.group(
    `Assembling ${plan.artifactName}`,
    () => timed("assemble", async () => {
      const deps = depsInZip ? await collectTree(pythonDir, "python/") : [];
      return writeZip(sortEntries([...sel.entries, ...deps]), file);
    })
  );
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  let verify;
  let smoke;
  if (inputs.verify) {
    await log.group("Verifying like FC", async () => {
      const codeDir = import_node_path9.default.join(scratch, "verify", "code");
      await import_promises9.default.mkdir(codeDir, { recursive: true });
      await extractZip(file, codeDir);
      const effectivePythonPath = inputs.bootstrap ? pythonPath ?? "" : [depsInZip ? `${CODE_DIR2}/python` : "", depsAsLayer ? "/opt/python" : ""].filter(Boolean).join(":");
      const mountArgs = [
        "-v",
        `${codeDir}:${CODE_DIR2}:ro`,
        ...depsAsLayer && install ? ["-v", `${import_node_path9.default.dirname(pythonDir)}:/opt:ro`] : [],
        "-w",
        CODE_DIR2,
        "-e",
        `FC_FUNC_CODE_PATH=${CODE_DIR2}`
      ];
      log.info(`Imports with PYTHONPATH=${effectivePythonPath || "(unset)"}${inputs.bootstrap ? ` (as ${inputs.bootstrap} sets it)` : ""}`);
      verify = await timed(
        "verify",
        () => checkImports(
          {
            image: inputs.verifyImage,
            pythonVersion: inputs.pythonVersion,
            modules: inputs.verifyImports,
            mountArgs: ["--read-only", "--tmpfs", "/tmp", ...mountArgs, ...effectivePythonPath ? ["-e", `PYTHONPATH=${effectivePythonPath}`] : []],
            where: `function.zip (PYTHONPATH=${effectivePythonPath || "unset"})`
          },
          log
        )
      );
      if (inputs.bootstrap && (inputs.smokeTest ?? true)) {
        smoke = await timed(
          "smoke",
          () => smokeTest(
            {
              image: inputs.verifyImage,
              port: inputs.port,
              path: inputs.smokePath,
              timeoutSec: inputs.smokeTimeout,
              mountArgs,
              entrypoint: `${CODE_DIR2}/${inputs.bootstrap}`,
              readOnly: true
            },
            log
          )
        );
      }
    });
  }
  return { artifact, install, verify, smoke };
}

// src/targets/image.ts
var import_node_fs4 = require("node:fs");
var import_node_crypto4 = require("node:crypto");
var import_promises11 = __toESM(require("node:fs/promises"), 1);
var import_node_path10 = __toESM(require("node:path"), 1);
var import_promises12 = require("node:stream/promises");
var import_node_zlib3 = require("node:zlib");

// src/tarball.ts
var import_node_crypto3 = require("node:crypto");
var import_node_fs3 = require("node:fs");
var import_promises10 = require("node:stream/promises");
var import_node_zlib2 = require("node:zlib");
var import_tar_stream = __toESM(require_tar_stream(), 1);
async function readTar(file, keep, opts = {}) {
  const entries = [];
  const files = /* @__PURE__ */ new Map();
  const extract = import_tar_stream.default.extract();
  extract.on("entry", (header, stream, next) => {
    const entry = { name: header.name, size: header.size ?? 0, type: header.type ?? "file" };
    const hash = opts.hash && entry.type === "file" ? (0, import_node_crypto3.createHash)("sha256") : void 0;
    const chunks = keep(entry.name) ? [] : void 0;
    stream.on("data", (data) => {
      const c = data;
      hash?.update(c);
      chunks?.push(c);
    });
    stream.on("end", () => {
      if (hash) entry.sha256 = hash.digest("hex");
      if (chunks) files.set(entry.name, Buffer.concat(chunks));
      entries.push(entry);
      next();
    });
    stream.resume();
  });
  const source = (0, import_node_fs3.createReadStream)(file);
  if (file.endsWith(".gz")) await (0, import_promises10.pipeline)(source, (0, import_node_zlib2.createGunzip)(), extract);
  else await (0, import_promises10.pipeline)(source, extract);
  return { entries, files };
}

// src/targets/image.ts
function parseDockerfile(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i];
    if (!line.trim() || line.trim().startsWith("#")) continue;
    while (line.endsWith("\\") && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]}`;
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (m) out.push({ line: start + 1, op: m[1].toUpperCase(), args: m[2].trim() });
  }
  return out;
}
function copySources(instructions) {
  const out = [];
  for (const ins of instructions) {
    if (ins.op !== "COPY" && ins.op !== "ADD") continue;
    let words;
    if (ins.args.startsWith("[")) {
      try {
        words = JSON.parse(ins.args);
      } catch {
        continue;
      }
    } else words = ins.args.split(/\s+/);
    if (words.some((w) => w.startsWith("--from"))) continue;
    const srcs = words.filter((w) => !w.startsWith("--")).slice(0, -1);
    for (const s of srcs) {
      if (/^[a-z]+:\/\//i.test(s) || /[*?[$]/.test(s)) continue;
      out.push({ line: ins.line, source: s.replace(/^\.\//, "").replace(/\/$/, "") || "." });
    }
  }
  return out;
}
function generatedDockerfile(opts) {
  return [
    "# Generated by fc-python-pack: the deps built for FC at /opt/python, the code at /code.",
    `FROM ${opts.base}`,
    ...opts.deps ? ["COPY python/ /opt/python/"] : [],
    `COPY code/ ${CODE_DIR2}/`,
    `ENV PYTHONPATH=/opt/python FC_FUNC_CODE_PATH=${CODE_DIR2}`,
    `WORKDIR ${CODE_DIR2}`,
    `EXPOSE ${opts.port}`,
    `CMD ["./${opts.bootstrap}"]`,
    ""
  ].join("\n");
}
async function materialize(sel, dest) {
  for (const e of sel.entries) {
    const target = import_node_path10.default.join(dest, e.name);
    if (e.name.endsWith("/")) {
      await import_promises11.default.mkdir(target, { recursive: true });
      continue;
    }
    await import_promises11.default.mkdir(import_node_path10.default.dirname(target), { recursive: true });
    if (e.data) await import_promises11.default.writeFile(target, e.data);
    else await import_promises11.default.copyFile(e.source, target);
    await import_promises11.default.chmod(target, e.mode);
  }
}
async function hashFile(file) {
  const h = (0, import_node_crypto4.createHash)("sha256");
  let size = 0;
  for await (const c of (0, import_node_fs4.createReadStream)(file)) {
    h.update(c);
    size += c.length;
  }
  return { sha256: h.digest("hex"), size };
}
async function checkSavedImage(file, tag) {
  const { entries, files } = await readTar(file, (n) => n === "manifest.json", { hash: true });
  const manifestBuf = files.get("manifest.json");
  if (!manifestBuf) throw new UserError(`The saved image ${import_node_path10.default.basename(file)} has no manifest.json: docker save did not finish.`);
  const manifest = JSON.parse(manifestBuf.toString("utf8"));
  const m = manifest.find((x) => (x.RepoTags ?? []).includes(tag) || (x.RepoTags ?? []).includes(`docker.io/library/${tag}`));
  if (!m) throw new UserError(`The saved image's manifest does not carry the tag ${tag} (it has ${manifest.flatMap((x) => x.RepoTags ?? []).join(", ") || "none"}).`);
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const blob of [m.Config, ...m.Layers]) {
    const e = byName.get(blob);
    if (!e) throw new UserError(`The saved image is incomplete: ${blob} is missing from ${import_node_path10.default.basename(file)}.`);
    const digest = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(blob)?.[1];
    if (digest && e.sha256 !== digest) throw new UserError(`The saved image is corrupt: ${blob} does not match its digest.`);
  }
  return { layers: m.Layers.length };
}
async function buildImage(plan, scratch, log, timed) {
  const { inputs } = plan;
  const wd = inputs.workingDirectory;
  await ensureDocker("target: image", "Start Docker on the runner (ubuntu-latest has it).");
  const context = import_node_path10.default.join(scratch, "context");
  await import_promises11.default.mkdir(context, { recursive: true });
  const sel = await timed("select", () => selectFiles(wd, { exclude: inputs.exclude, skipAbsolute: [inputs.outputDir] }));
  const userDockerfile = await import_promises11.default.stat(inputs.dockerfile).then((s) => s.isFile()).catch(() => false);
  const buildArgs = [...inputs.buildArgs];
  let dockerfileInContext;
  let install;
  let network = [];
  if (userDockerfile) {
    const relDf = import_node_path10.default.relative(wd, inputs.dockerfile);
    const text = await import_promises11.default.readFile(inputs.dockerfile, "utf8");
    const shownDf = import_node_path10.default.relative(inputs.workspace, inputs.dockerfile);
    const selected = new Set(sel.entries.map((e) => e.name.replace(/\/$/, "")));
    for (const { line, source } of copySources(parseDockerfile(text))) {
      if (source === "." || selected.has(source)) continue;
      const excluded = sel.excludedFiles.some((p) => p === source || source.startsWith(`${p}/`));
      const why = excluded ? "is left out of the build context (the same exclusions as function.zip: defaults, .fcignore, exclude)" : "does not exist in working-directory";
      log.error(`${shownDf}:${line}: COPY source ${source} ${why}`, { file: shownDf, line, title: "dockerfile-copy" });
      throw new UserError(`${shownDf}:${line} copies ${source}, which ${why}. Fix the path, or stop excluding it.`, "dockerfile");
    }
    await materialize(sel, context);
    dockerfileInContext = import_node_path10.default.join(context, ".fc-python-pack.Dockerfile");
    await import_promises11.default.writeFile(dockerfileInContext, text);
    const declares = (arg) => new RegExp(`^\\s*ARG\\s+${arg}(\\s|=|$)`, "m").test(text);
    if (inputs.indexUrl && declares("PIP_INDEX_URL")) buildArgs.push(["PIP_INDEX_URL", inputs.indexUrl]);
    if (inputs.extraIndexUrls.length && declares("PIP_EXTRA_INDEX_URL")) buildArgs.push(["PIP_EXTRA_INDEX_URL", inputs.extraIndexUrls.join(" ")]);
    log.info(`Building with ${relDf} (context: working-directory without the excluded files)`);
  } else {
    if (!inputs.bootstrap) {
      throw new UserError(
        `There is no ${inputs.dockerfileInput} in working-directory and bootstrap is none: the generated image would have nothing to start. Add a Dockerfile, or a bootstrap.`,
        "dockerfile"
      );
    }
    await enforceBootstrap(plan, sel, [], log);
    await ensureImage(inputs.baseImage, "base-image", "Set base-image to an image with python3 that is present or can be pulled.");
    if (plan.installDeps) install = await installDeps(plan, import_node_path10.default.join(context, "python"), log, timed);
    await materialize(sel, import_node_path10.default.join(context, "code"));
    dockerfileInContext = import_node_path10.default.join(context, "Dockerfile");
    const df = generatedDockerfile({ base: inputs.baseImage, deps: plan.installDeps, port: inputs.port, bootstrap: inputs.bootstrap });
    await import_promises11.default.writeFile(dockerfileInContext, df);
    network = ["--network", "none"];
    log.info(`No ${inputs.dockerfileInput}: generated one from ${inputs.baseImage}:
${df}`);
  }
  const args = [
    "build",
    "--platform",
    "linux/amd64",
    ...network,
    "-t",
    inputs.image,
    "-f",
    dockerfileInContext,
    ...buildArgs.flatMap(([k, v]) => ["--build-arg", `${k}=${v}`]),
    context
  ];
  const built = await log.group(
    `docker build -t ${inputs.image}`,
    () => timed("build", () => docker(args, { onLine: (l) => log.info(l), env: { ...process.env } }))
  );
  if (built.code !== 0) {
    throw new UserError(`docker build failed (exit ${built.code}); the failing step's output:
${tail(`${built.stdout}
${built.stderr}`, 25)}`, "dockerfile");
  }
  const inspect = await docker(["image", "inspect", "--format", "{{json .}}", inputs.image]);
  const info = JSON.parse(inspect.stdout);
  const platform = `${info.Os}/${info.Architecture}`;
  if (platform !== "linux/amd64") {
    throw new UserError(`The image was built for ${platform}, but FC runs linux/amd64 only. Use a linux/amd64 base image (FROM --platform=linux/amd64 ...).`, "dockerfile");
  }
  if (info.Size > FC_LIMITS.imageUncompressed) {
    log.warning(`The image is ${formatBytes(info.Size)} uncompressed, past FC's 10 GB limit for custom-container images.`);
  }
  const file = import_node_path10.default.join(scratch, "out", plan.artifactName);
  await import_promises11.default.mkdir(import_node_path10.default.dirname(file), { recursive: true });
  const saved = await timed("save", async () => {
    const tarPath = inputs.imageCompression === "gzip" ? import_node_path10.default.join(scratch, "image.tar") : file;
    const res = await docker(["save", "-o", tarPath, inputs.image]);
    if (res.code !== 0) throw new UserError(`docker save failed: ${tail(res.stderr, 3)}`);
    if (inputs.imageCompression === "gzip") await (0, import_promises12.pipeline)((0, import_node_fs4.createReadStream)(tarPath), (0, import_node_zlib3.createGzip)({ level: 6 }), (0, import_node_fs4.createWriteStream)(file));
    return hashFile(file);
  });
  const image = {
    tag: inputs.image,
    id: info.Id,
    size: info.Size,
    layers: info.RootFS.Layers?.length ?? 0,
    platform,
    generatedDockerfile: !userDockerfile
  };
  log.info(`${inputs.image} (${info.Id.slice(7, 19)}): ${formatBytes(info.Size)} uncompressed, ${image.layers} layers; saved to ${plan.artifactName}, ${formatBytes(saved.size)}`);
  let verify;
  let smoke;
  if (inputs.verify) {
    await log.group("Verifying like FC", async () => {
      const { layers } = await timed("verify", () => checkSavedImage(file, inputs.image));
      log.info(`  the saved tar is complete: manifest tagged ${inputs.image}, config and ${layers} layers match their digests`);
      verify = await timed(
        "verify",
        () => checkImports(
          {
            image: inputs.image,
            pythonVersion: inputs.pythonVersion,
            modules: inputs.verifyImports,
            mountArgs: [],
            where: `the image ${inputs.image}`,
            requireVersion: false
          },
          log
        )
      );
      if (inputs.smokeTest ?? true) {
        smoke = await timed(
          "smoke",
          () => smokeTest({ image: inputs.image, port: inputs.port, path: inputs.smokePath, timeoutSec: inputs.smokeTimeout, mountArgs: [], readOnly: false }, log)
        );
      }
    });
  }
  const artifact = { path: file, size: saved.size, sha256: saved.sha256, entries: image.layers, unpackedSize: info.Size };
  return { artifact, install, verify, smoke, image };
}

// src/targets/layer.ts
var import_node_path11 = __toESM(require("node:path"), 1);
async function buildLayer(plan, scratch, log, timed) {
  const pythonDir = import_node_path11.default.join(scratch, "layer", "python");
  const install = await installDeps(plan, pythonDir, log, timed);
  const file = import_node_path11.default.join(scratch, "out", plan.artifactName);
  const artifact = await log.group(
    `Assembling ${plan.artifactName}`,
    () => timed("assemble", async () => writeZip(await collectTree(pythonDir, "python/"), file))
  );
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  const verify = plan.inputs.verify ? await log.group("Verifying like FC", () => timed("verify", () => verifyLayer(file, plan, import_node_path11.default.join(scratch, "verify"), log))) : void 0;
  return { artifact, install, verify };
}

// src/pipeline.ts
async function moveInto(src, dest) {
  await import_promises13.default.mkdir(import_node_path12.default.dirname(dest), { recursive: true });
  const tmp = `${dest}.partial-${process.pid}`;
  try {
    await import_promises13.default.rename(src, tmp);
  } catch {
    await import_promises13.default.copyFile(src, tmp);
  }
  await import_promises13.default.rename(tmp, dest);
}
async function build(inputs, log) {
  const plan = makePlan(inputs);
  const timings = {};
  const timed = async (stage, fn) => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + Date.now() - t;
    }
  };
  if (inputs.verify && plan.target !== "image") await timed("preflight", () => preflightVerify(plan));
  const scratch = await import_promises13.default.mkdtemp(import_node_path12.default.join(process.env.RUNNER_TEMP || import_node_os3.default.tmpdir(), "fcpp-"));
  try {
    let built;
    switch (plan.target) {
      case "layer":
        built = await buildLayer(plan, scratch, log, timed);
        break;
      case "code":
        built = await buildCode(plan, scratch, log, timed);
        break;
      case "image":
        built = await buildImage(plan, scratch, log, timed);
        break;
    }
    await moveInto(built.artifact.path, plan.artifactPath);
    return { plan, ...built, artifact: { ...built.artifact, path: plan.artifactPath }, timings };
  } finally {
    await import_promises13.default.rm(scratch, { recursive: true, force: true });
  }
}

// src/cli.ts
var VERSION = "1.0.0";
function where(w) {
  return w?.file ? ` (${w.file}${w.line ? `:${w.line}` : ""})` : "";
}
function cliLog(verbose) {
  const err = (s) => process.stderr.write(`${s}
`);
  return {
    info: (m) => err(m),
    notice: (m, w) => err(`notice: ${m}${where(w)}`),
    warning: (m, w) => err(`warning: ${m}${where(w)}`),
    error: (m, w) => err(`error: ${m}${where(w)}`),
    debug: (m) => {
      if (verbose) err(`  ${m}`);
    },
    group: async (name, fn) => {
      err(`== ${name}`);
      return fn();
    }
  };
}
function usage() {
  const flags = INPUT_SPECS.map((s) => `  --${s.name.padEnd(20)} ${s.description}${s.default ? ` [${s.default}]` : ""}`);
  return [
    "Usage: fc-python-pack build [folder] [options]",
    "",
    "Builds layer.zip, function.zip or an image tar for Alibaba Cloud Function Compute.",
    "A folder given as the first argument is the working directory.",
    "",
    "Options (the action inputs):",
    ...flags,
    "  --json                 print the outputs as JSON on stdout",
    "  --verbose              show pip and docker output",
    "  -h, --help             this help",
    "  --version              print the version"
  ].join("\n");
}
async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(`${usage()}
`);
    return command ? 0 : 2;
  }
  if (command === "--version") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (command !== "build") {
    process.stderr.write(`error: unknown command "${command}". Commands: build. See fc-python-pack --help.
`);
    return 2;
  }
  let parsed;
  try {
    parsed = (0, import_node_util2.parseArgs)({
      args: rest,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(INPUT_SPECS.map((s) => [s.name, { type: "string" }])),
        json: { type: "boolean" },
        verbose: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}. See fc-python-pack build --help.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage()}
`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`error: one folder at most, got ${positionals.join(" ")}.
`);
    return 2;
  }
  if (positionals[0] && values["working-directory"]) {
    process.stderr.write("error: give the folder either as an argument or as --working-directory, not both.\n");
    return 2;
  }
  const get2 = (name) => {
    if (name === "working-directory" && positionals[0]) return positionals[0];
    const v = values[name];
    return typeof v === "string" ? v : void 0;
  };
  const log = cliLog(Boolean(values.verbose));
  try {
    const inputs = parseInputs(get2, { cwd: process.cwd(), env: process.env });
    const result = await build(inputs, log);
    const outputs = outputsOf(result);
    if (values.json) {
      const report = { ...outputs, entries: result.artifact.entries, "unpacked-size": result.artifact.unpackedSize, "timings-ms": result.timings };
      process.stdout.write(`${JSON.stringify(report, null, 2)}
`);
    } else {
      for (const l of summaryLines(result)) log.info(l);
      process.stdout.write(`${outputs["artifact-path"]}
`);
    }
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}
`);
    if (!isUserError(e) && values.verbose && e instanceof Error) process.stderr.write(`${e.stack}
`);
    return 1;
  }
}
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  cliLog,
  main
});
