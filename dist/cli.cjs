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
    var basenameOf = (path11) => {
      const end = path11.length - 1;
      const index = path11.lastIndexOf(
        SLASH,
        path11[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path11 : path11.slice(index + 1);
    };
    var parentOf = (path11) => {
      if (path11.charCodeAt(0) === SLASH_CODE || path11.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path11.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path11.length - 1;
      const cut = path11.lastIndexOf(
        SLASH,
        path11.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path11.slice(0, cut + 1);
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
      testLiteral(path11) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path11)) {
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
      test(path11, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path11) : path11;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path11
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
    var checkPath = (path11, originalPath, doThrow) => {
      if (!isString(path11)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path11) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path11)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path11) => {
      const first = path11.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path11.length === 1) {
        return true;
      }
      const second = path11.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path11.length === 2 || path11.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path11) {
        checkPath(
          path11,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path11 ? this._t(path11, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path11 = convertPath(target);
        if (!path11 || path11.charCodeAt(path11.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path11);
        }
        const dir = this._t(path11, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path11);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path11, cache) {
        const cached = cache[path11];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path11);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path11] = parent && parent.ignored ? parent : this._rules.test(path11, MODE_IGNORE);
      }
      ignores(path11) {
        return this._test(path11, this._ignoreCache, convertPath(path11)).ignored;
      }
      createFilter() {
        return (path11) => !this.ignores(path11);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path11) {
        return this._test(path11, this._testCache, convertPath(path11));
      }
    };
    var factory = (options2) => new Ignore(options2);
    var isPathValid = (path11) => checkPath(convertPath(path11), path11, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path11) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path11) || isNotRelative(path11);
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
    var fs10 = require("fs");
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
        fs10.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
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
      fs10.close(self.fd, onCloseDone);
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
        fs10.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
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
    var fs10 = require("fs");
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
    function openPromise(path11, options2) {
      return new Promise((resolve, reject) => {
        open2(path11, { ...options2, lazyEntries: true }, function(err, zipfile) {
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
    function open2(path11, options2, callback) {
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
      fs10.open(path11, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs10.close(fd, defaultCallback);
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
      fs10.fstat(fd, function(err, stats) {
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
    port: parseIntInput("port", get(source, "port"), 1, 65535)
  };
}

// src/pipeline.ts
var import_promises9 = __toESM(require("node:fs/promises"), 1);
var import_node_os3 = __toESM(require("node:os"), 1);
var import_node_path10 = __toESM(require("node:path"), 1);

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
function makePlan(inputs) {
  const wd = inputs.workingDirectory;
  if (!import_node_fs.default.existsSync(wd) || !import_node_fs.default.statSync(wd).isDirectory()) {
    throw new UserError(
      `Input working-directory: ${wd} is not a folder. Point it at the backend folder (the one with ${inputs.requirementsInput}).`,
      "working-directory"
    );
  }
  const hasRequirements = import_node_fs.default.existsSync(inputs.requirements) && import_node_fs.default.statSync(inputs.requirements).isFile();
  const installDeps2 = inputs.target === "layer" || hasRequirements;
  if (inputs.target === "layer" && !hasRequirements) {
    throw new UserError(
      `Input requirements: ${inputs.requirements} does not exist. A layer is built from a requirements file: create it (pip freeze > requirements.txt) or set requirements to its path relative to working-directory.`,
      "requirements"
    );
  }
  const glibc = RUNTIMES[inputs.runtime].glibc;
  const platforms = platformTags(glibc);
  const artifactName = ARTIFACT_NAMES[inputs.target];
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
var import_promises8 = __toESM(require("node:fs/promises"), 1);
var import_node_path8 = __toESM(require("node:path"), 1);

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
    size: String(result.artifact.size)
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
  if (python !== check.pythonVersion) {
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

// src/targets/code.ts
var CODE_DIR2 = "/code";
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
    const lines = (await import_promises8.default.readFile(e.source, "utf8")).split("\n");
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
function describe(f) {
  return `${f.file}${f.line ? `:${f.line}` : ""}: ${f.message}. On FC: ${f.fcSymptom}. Fix: ${f.fix}`;
}
async function buildCode(plan, scratch, log, timed) {
  const { inputs } = plan;
  const wd = inputs.workingDirectory;
  const rel = (p) => import_node_path8.default.relative(inputs.workspace, import_node_path8.default.join(wd, p)) || p;
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
    const entry = sel.entries.find((e) => e.name === inputs.bootstrap);
    if (!entry) {
      const excluded = sel.excludedFiles.includes(inputs.bootstrap);
      throw new UserError(
        `${rel(inputs.bootstrap)} ${excluded ? "is left out by the exclude patterns" : "does not exist"}, and FC starts ${CODE_DIR2}/bootstrap: the function would fail with "the file /code/bootstrap is not exist". Add a bootstrap script (#!/bin/bash, then exec python3 -m uvicorn main:app --host 0.0.0.0 --port ${inputs.port}), or set bootstrap: none if the function has another start command.`,
        "bootstrap"
      );
    }
    let content = await import_promises8.default.readFile(entry.source);
    const analysis = analyzeBootstrap(content, {
      file: rel(inputs.bootstrap),
      depsDirs: depsInZip ? [`${CODE_DIR2}/python`] : depsAsLayer ? ["/opt/python"] : [],
      port: inputs.port
    });
    let findings = analysis.findings;
    if (inputs.convertCrlf && findings.some((f) => f.code === "bootstrap-crlf")) {
      content = toLf(content);
      entry.data = content;
      entry.source = void 0;
      entry.size = content.length;
      findings = findings.filter((f) => f.code !== "bootstrap-crlf");
      log.notice(`${rel(inputs.bootstrap)} had CRLF line endings; stored with LF (convert-crlf: true). Fix the source too: dos2unix bootstrap.`, {
        file: rel(inputs.bootstrap),
        line: 1
      });
    }
    for (const f of findings) {
      const where2 = { file: f.file, line: f.line, title: f.code };
      if (f.severity === "error") log.error(describe(f), where2);
      else if (f.severity === "warning") log.warning(describe(f), where2);
      else log.notice(describe(f), where2);
    }
    const errors = findings.filter((f) => f.severity === "error");
    if (errors.length) {
      throw new UserError(`The bootstrap would not start on FC:
${errors.map(describe).join("\n")}`, "bootstrap");
    }
    const srcMode = (await import_promises8.default.stat(import_node_path8.default.join(wd, inputs.bootstrap))).mode;
    if ((srcMode & 73) === 0) {
      log.notice(
        `${rel(inputs.bootstrap)} is not executable in the source (a Windows checkout loses the bit); it is stored 0755 in function.zip. Without that FC fails with "code 13, message:permission denied". To fix the source: git update-index --chmod=+x ${inputs.bootstrap}`,
        { file: rel(inputs.bootstrap), line: 1 }
      );
    }
    entry.mode = EXEC_MODE;
    pythonPath = analysis.pythonPath;
  } else if (inputs.smokeTest) {
    throw new UserError("Input smoke-test: true needs a bootstrap to start (input bootstrap is none).", "smoke-test");
  }
  const pythonDir = import_node_path8.default.join(scratch, "deps", "python");
  const install = plan.installDeps && (depsInZip || inputs.verify) ? await installDeps(plan, pythonDir, log, timed) : void 0;
  if (depsAsLayer && install) log.info("include-deps is false: the dependencies are not in function.zip; verify mounts them at /opt/python, as a layer would be.");
  const file = import_node_path8.default.join(scratch, "out", plan.artifactName);
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
      const codeDir = import_node_path8.default.join(scratch, "verify", "code");
      await import_promises8.default.mkdir(codeDir, { recursive: true });
      await extractZip(file, codeDir);
      const effectivePythonPath = inputs.bootstrap ? pythonPath ?? "" : [depsInZip ? `${CODE_DIR2}/python` : "", depsAsLayer ? "/opt/python" : ""].filter(Boolean).join(":");
      const mountArgs = [
        "-v",
        `${codeDir}:${CODE_DIR2}:ro`,
        ...depsAsLayer && install ? ["-v", `${import_node_path8.default.dirname(pythonDir)}:/opt:ro`] : [],
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

// src/targets/layer.ts
var import_node_path9 = __toESM(require("node:path"), 1);
async function buildLayer(plan, scratch, log, timed) {
  const pythonDir = import_node_path9.default.join(scratch, "layer", "python");
  const install = await installDeps(plan, pythonDir, log, timed);
  const file = import_node_path9.default.join(scratch, "out", plan.artifactName);
  const artifact = await log.group(
    `Assembling ${plan.artifactName}`,
    () => timed("assemble", async () => writeZip(await collectTree(pythonDir, "python/"), file))
  );
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  const verify = plan.inputs.verify ? await log.group("Verifying like FC", () => timed("verify", () => verifyLayer(file, plan, import_node_path9.default.join(scratch, "verify"), log))) : void 0;
  return { artifact, install, verify };
}

// src/pipeline.ts
async function moveInto(src, dest) {
  await import_promises9.default.mkdir(import_node_path10.default.dirname(dest), { recursive: true });
  const tmp = `${dest}.partial-${process.pid}`;
  try {
    await import_promises9.default.rename(src, tmp);
  } catch {
    await import_promises9.default.copyFile(src, tmp);
  }
  await import_promises9.default.rename(tmp, dest);
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
  if (inputs.verify) await timed("preflight", () => preflightVerify(plan));
  const scratch = await import_promises9.default.mkdtemp(import_node_path10.default.join(process.env.RUNNER_TEMP || import_node_os3.default.tmpdir(), "fcpp-"));
  try {
    let built;
    switch (plan.target) {
      case "layer":
        built = await buildLayer(plan, scratch, log, timed);
        break;
      case "code":
        built = await buildCode(plan, scratch, log, timed);
        break;
      default:
        throw new UserError(`target ${plan.target} is not available in this version`, "target");
    }
    await moveInto(built.artifact.path, plan.artifactPath);
    return { plan, ...built, artifact: { ...built.artifact, path: plan.artifactPath }, timings };
  } finally {
    await import_promises9.default.rm(scratch, { recursive: true, force: true });
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
