import { createRequire as __fcppCreateRequire } from 'node:module';
const require = __fcppCreateRequire(import.meta.url);
import {
  require_tar_stream
} from "./chunk-5UT5PYWT.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LI6FLOQR.mjs";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP3 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP3;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path60) {
      const ctrl = callVisitor(key, node, visitor, path60);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path60, ctrl);
        return visit_(key, ctrl, visitor, path60);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path60 = Object.freeze(path60.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path60);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path60 = Object.freeze(path60.concat(node));
          const ck = visit_("key", node.key, visitor, path60);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path60);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP3;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path60) {
      const ctrl = await callVisitor(key, node, visitor, path60);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path60, ctrl);
        return visitAsync_(key, ctrl, visitor, path60);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path60 = Object.freeze(path60.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path60);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path60 = Object.freeze(path60.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path60);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path60);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path60) {
      if (typeof visitor === "function")
        return visitor(key, node, path60);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path60);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path60);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path60);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path60);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path60);
      return void 0;
    }
    function replaceNode(key, path60, node) {
      const parent = path60[path60.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path60, value) {
      let v = value;
      for (let i = path60.length - 1; i >= 0; --i) {
        const k = path60[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path60) => path60 == null || typeof path60 === "object" && !!path60[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path60, value) {
        if (isEmptyPath(path60))
          this.add(value);
        else {
          const [key, ...rest] = path60;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path60) {
        const [key, ...rest] = path60;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path60, keepScalar) {
        const [key, ...rest] = path60;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path60) {
        const [key, ...rest] = path60;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path60, value) {
        const [key, ...rest] = path60;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries2 = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries2) {
          const i = this.items.findIndex((item) => sortEntries2(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path60, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path60, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path60) {
        if (Collection.isEmptyPath(path60)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path60) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path60, keepScalar) {
        if (Collection.isEmptyPath(path60))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path60, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path60) {
        if (Collection.isEmptyPath(path60))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path60) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path60, value) {
        if (Collection.isEmptyPath(path60)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path60), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path60, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP3 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP3;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path60) => {
      let item = cst;
      for (const [field, index] of path60) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path60) => {
      const parent = visit.itemAtPath(cst, path60.slice(0, -1));
      const field = path60[path60.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path60, item, visitor) {
      let ctrl = visitor(item, path60);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path60.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path60);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path60) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM3 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM3:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM3:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM3;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs41 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs41, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs41);
              } else {
                Object.assign(it, { key: fs41, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs41 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs41, sep: [] });
              else if (it.sep)
                this.stack.push(fs41);
              else
                Object.assign(it, { key: fs41, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/@renovatebot/pep440/lib/version.js
var require_version = __commonJS({
  "node_modules/@renovatebot/pep440/lib/version.js"(exports, module) {
    var VERSION_PATTERN = [
      "v?",
      "(?:",
      /* */
      "(?:(?<epoch>[0-9]+)!)?",
      // epoch
      /* */
      "(?<release>[0-9]+(?:\\.[0-9]+)*)",
      // release segment
      /* */
      "(?<pre>",
      // pre-release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<pre_n>[0-9]+)?",
      /* */
      ")?",
      /* */
      "(?<post>",
      // post release
      /*    */
      "(?:-(?<post_n1>[0-9]+))",
      /*    */
      "|",
      /*    */
      "(?:",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_l>post|rev|r)",
      /*        */
      "[-_\\.]?",
      /*        */
      "(?<post_n2>[0-9]+)?",
      /*    */
      ")",
      /* */
      ")?",
      /* */
      "(?<dev>",
      // dev release
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_l>dev)",
      /*    */
      "[-_\\.]?",
      /*    */
      "(?<dev_n>[0-9]+)?",
      /* */
      ")?",
      ")",
      "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
      // local version
    ].join("");
    module.exports = {
      VERSION_PATTERN,
      valid: valid2,
      clean,
      explain,
      parse: parse2,
      stringify: stringify2
    };
    var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
    function valid2(version) {
      return validRegex.test(version) ? version : null;
    }
    var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");
    function clean(version) {
      return stringify2(parse2(version, cleanRegex));
    }
    function parse2(version, regex) {
      const { groups } = (regex || validRegex).exec(version) || {};
      if (!groups) {
        return null;
      }
      const parsed = {
        epoch: Number(groups.epoch ? groups.epoch : 0),
        release: groups.release.split(".").map(Number),
        pre: normalize_letter_version(groups.pre_l, groups.pre_n),
        post: normalize_letter_version(
          groups.post_l,
          groups.post_n1 || groups.post_n2
        ),
        dev: normalize_letter_version(groups.dev_l, groups.dev_n),
        local: parse_local_version(groups.local)
      };
      return parsed;
    }
    function stringify2(parsed) {
      if (!parsed) {
        return null;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      const parts = [];
      if (epoch !== 0) {
        parts.push(`${epoch}!`);
      }
      parts.push(release.join("."));
      if (pre) {
        parts.push(pre.join(""));
      }
      if (post) {
        parts.push("." + post.join(""));
      }
      if (dev) {
        parts.push("." + dev.join(""));
      }
      if (local) {
        parts.push(`+${local}`);
      }
      return parts.join("");
    }
    function normalize_letter_version(letterIn, numberIn) {
      let letter = letterIn;
      let number = numberIn;
      if (letter) {
        if (!number) {
          number = 0;
        }
        letter = letter.toLowerCase();
        if (letter === "alpha") {
          letter = "a";
        } else if (letter === "beta") {
          letter = "b";
        } else if (["c", "pre", "preview"].includes(letter)) {
          letter = "rc";
        } else if (["rev", "r"].includes(letter)) {
          letter = "post";
        }
        return [letter, Number(number)];
      }
      if (!letter && number) {
        letter = "post";
        return [letter, Number(number)];
      }
      return null;
    }
    function parse_local_version(local) {
      if (local) {
        return local.split(/[._-]/).map(
          (part) => Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part)
        );
      }
      return null;
    }
    function explain(version) {
      const parsed = parse2(version);
      if (!parsed) {
        return parsed;
      }
      const { epoch, release, pre, post, dev, local } = parsed;
      let base_version = "";
      if (epoch !== 0) {
        base_version += epoch + "!";
      }
      base_version += release.join(".");
      const is_prerelease = Boolean(dev || pre);
      const is_devrelease = Boolean(dev);
      const is_postrelease = Boolean(post);
      return {
        epoch,
        release,
        pre,
        post: post ? post[1] : post,
        dev: dev ? dev[1] : dev,
        local: local ? local.join(".") : local,
        public: stringify2(parsed).split("+", 1)[0],
        base_version,
        is_prerelease,
        is_devrelease,
        is_postrelease
      };
    }
  }
});

// node_modules/@renovatebot/pep440/lib/operator.js
var require_operator = __commonJS({
  "node_modules/@renovatebot/pep440/lib/operator.js"(exports, module) {
    var { parse: parse2 } = require_version();
    module.exports = {
      compare: compare3,
      rcompare,
      lt,
      le,
      eq: eq2,
      ne,
      ge,
      gt,
      "<": lt,
      "<=": le,
      "==": eq2,
      "!=": ne,
      ">=": ge,
      ">": gt,
      "===": arbitrary
    };
    function lt(version, other) {
      return compare3(version, other) < 0;
    }
    function le(version, other) {
      return compare3(version, other) <= 0;
    }
    function eq2(version, other) {
      return compare3(version, other) === 0;
    }
    function ne(version, other) {
      return compare3(version, other) !== 0;
    }
    function ge(version, other) {
      return compare3(version, other) >= 0;
    }
    function gt(version, other) {
      return compare3(version, other) > 0;
    }
    function arbitrary(version, other) {
      return version.toLowerCase() === other.toLowerCase();
    }
    function compare3(version, other) {
      const parsedVersion = parse2(version);
      const parsedOther = parse2(other);
      const keyVersion = calculateKey(parsedVersion);
      const keyOther = calculateKey(parsedOther);
      return pyCompare(keyVersion, keyOther);
    }
    function rcompare(version, other) {
      return -compare3(version, other);
    }
    function pyCompare(elemIn, otherIn) {
      let elem = elemIn;
      let other = otherIn;
      if (elem === other) {
        return 0;
      }
      if (Array.isArray(elem) !== Array.isArray(other)) {
        elem = Array.isArray(elem) ? elem : [elem];
        other = Array.isArray(other) ? other : [other];
      }
      if (Array.isArray(elem)) {
        const len = Math.min(elem.length, other.length);
        for (let i = 0; i < len; i += 1) {
          const res = pyCompare(elem[i], other[i]);
          if (res !== 0) {
            return res;
          }
        }
        return elem.length - other.length;
      }
      if (elem === -Infinity || other === Infinity) {
        return -1;
      }
      if (elem === Infinity || other === -Infinity) {
        return 1;
      }
      return elem < other ? -1 : 1;
    }
    function calculateKey(input) {
      const { epoch } = input;
      let { release, pre, post, local, dev } = input;
      release = release.concat();
      release.reverse();
      while (release.length && release[0] === 0) {
        release.shift();
      }
      release.reverse();
      if (!pre && !post && dev) pre = -Infinity;
      else if (!pre) pre = Infinity;
      if (!post) post = -Infinity;
      if (!dev) dev = Infinity;
      if (!local) {
        local = -Infinity;
      } else {
        local = local.map(
          (i) => Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ""]
        );
      }
      return [epoch, release, pre, post, dev, local];
    }
  }
});

// node_modules/@renovatebot/pep440/lib/specifier.js
var require_specifier = __commonJS({
  "node_modules/@renovatebot/pep440/lib/specifier.js"(exports, module) {
    var { VERSION_PATTERN, explain: explainVersion } = require_version();
    var Operator = require_operator();
    var RANGE_PATTERN = [
      "(?<operator>(===|~=|==|!=|<=|>=|<|>))",
      "\\s*",
      "(",
      /*  */
      "(?<version>(?:" + VERSION_PATTERN.replace(/\?<\w+>/g, "?:") + "))",
      /*  */
      "(?<prefix>\\.\\*)?",
      /*  */
      "|",
      /*  */
      "(?<legacy>[^,;\\s)]+)",
      ")"
    ].join("");
    module.exports = {
      RANGE_PATTERN,
      parse: parse2,
      satisfies: satisfies2,
      filter,
      validRange: validRange2,
      maxSatisfying,
      minSatisfying
    };
    var isEqualityOperator = (op) => ["==", "!=", "==="].includes(op);
    var rangeRegex = new RegExp("^" + RANGE_PATTERN + "$", "i");
    function parse2(ranges) {
      if (!ranges.trim()) {
        return [];
      }
      const specifiers = ranges.split(",").map((range) => rangeRegex.exec(range.trim()) || {}).map(({ groups }) => {
        if (!groups) {
          return null;
        }
        let { ...spec } = groups;
        const { operator, version, prefix, legacy } = groups;
        if (version) {
          spec = { ...spec, ...explainVersion(version) };
          if (operator === "~=") {
            if (spec.release.length < 2) {
              return null;
            }
          }
          if (!isEqualityOperator(operator) && spec.local) {
            return null;
          }
          if (prefix) {
            if (!isEqualityOperator(operator) || spec.dev || spec.local) {
              return null;
            }
          }
        }
        if (legacy && operator !== "===") {
          return null;
        }
        return spec;
      });
      if (specifiers.filter(Boolean).length !== specifiers.length) {
        return null;
      }
      return specifiers;
    }
    function filter(versions, specifier, options = {}) {
      const filtered = pick(versions, specifier, options);
      if (filtered.length === 0 && options.prereleases === void 0) {
        return pick(versions, specifier, { prereleases: true });
      }
      return filtered;
    }
    function maxSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[found.length - 1];
    }
    function minSatisfying(versions, range, options) {
      const found = filter(versions, range, options).sort(Operator.compare);
      return found.length === 0 ? null : found[0];
    }
    function pick(versions, specifier, options) {
      const parsed = parse2(specifier);
      if (!parsed) {
        return [];
      }
      return versions.filter((version) => {
        const explained = explainVersion(version);
        if (!parsed.length) {
          return explained && !(explained.is_prerelease && !options.prereleases);
        }
        return parsed.reduce((pass, spec) => {
          if (!pass) {
            return false;
          }
          return contains({ ...spec, ...options }, { version, explained });
        }, true);
      });
    }
    function satisfies2(version, specifier, options = {}) {
      const filtered = pick([version], specifier, options);
      return filtered.length === 1;
    }
    function arrayStartsWith(array, prefix) {
      if (prefix.length > array.length) {
        return false;
      }
      for (let i = 0; i < prefix.length; i += 1) {
        if (prefix[i] !== array[i]) {
          return false;
        }
      }
      return true;
    }
    function contains(specifier, input) {
      const { explained } = input;
      let { version } = input;
      const { ...spec } = specifier;
      if (spec.prereleases === void 0) {
        spec.prereleases = spec.is_prerelease;
      }
      if (explained && explained.is_prerelease && !spec.prereleases) {
        return false;
      }
      if (spec.operator === "~=") {
        let compatiblePrefix = spec.release.slice(0, -1).concat("*").join(".");
        if (spec.epoch) {
          compatiblePrefix = spec.epoch + "!" + compatiblePrefix;
        }
        return satisfies2(version, `>=${spec.version}, ==${compatiblePrefix}`, {
          prereleases: spec.prereleases
        });
      }
      if (spec.prefix) {
        const isMatching = explained.epoch === spec.epoch && arrayStartsWith(explained.release, spec.release);
        const isEquality = spec.operator !== "!=";
        return isEquality ? isMatching : !isMatching;
      }
      if (explained) {
        if (explained.local && spec.version) {
          version = explained.public;
          spec.version = explainVersion(spec.version).public;
        }
      }
      if (spec.operator === "<" || spec.operator === ">") {
        if (Operator.eq(spec.release.join("."), explained.release.join("."))) {
          return false;
        }
      }
      const op = Operator[spec.operator];
      return op(version, spec.version || spec.legacy);
    }
    function validRange2(specifier) {
      return Boolean(parse2(specifier));
    }
  }
});

// node_modules/@renovatebot/pep440/lib/semantic.js
var require_semantic = __commonJS({
  "node_modules/@renovatebot/pep440/lib/semantic.js"(exports, module) {
    var { explain, parse: parse2, stringify: stringify2 } = require_version();
    module.exports = {
      major,
      minor,
      patch,
      inc
    };
    function major(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      return version.release[0];
    }
    function minor(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 2) {
        return 0;
      }
      return version.release[1];
    }
    function patch(input) {
      const version = explain(input);
      if (!version) {
        throw new TypeError("Invalid Version: " + input);
      }
      if (version.release.length < 3) {
        return 0;
      }
      return version.release[2];
    }
    function inc(input, release, preReleaseIdentifier) {
      let identifier = preReleaseIdentifier || `a`;
      const version = parse2(input);
      if (!version) {
        return null;
      }
      if (!["a", "b", "c", "rc", "alpha", "beta", "pre", "preview"].includes(
        identifier
      )) {
        return null;
      }
      switch (release) {
        case "premajor":
          {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "preminor":
          {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prepatch":
          {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          version.pre = [identifier, 0];
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "prerelease":
          if (version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
            version.pre = [identifier, 0];
          } else {
            if (preReleaseIdentifier === void 0 && version.pre !== null) {
              [identifier] = version.pre;
            }
            const [letter, number] = version.pre;
            if (letter === identifier) {
              version.pre = [letter, number + 1];
            } else {
              version.pre = [identifier, 0];
            }
          }
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "major":
          if (version.release.slice(1).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "minor":
          if (version.release.slice(2).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        case "patch":
          if (version.release.slice(3).some((value) => value !== 0) || version.pre === null) {
            const [majorVersion, minorVersion = 0, patchVersion = 0] = version.release;
            version.release.fill(0);
            version.release[0] = majorVersion;
            version.release[1] = minorVersion;
            version.release[2] = patchVersion + 1;
          }
          delete version.pre;
          delete version.post;
          delete version.dev;
          delete version.local;
          break;
        default:
          return null;
      }
      return stringify2(version);
    }
  }
});

// node_modules/@renovatebot/pep440/index.js
var require_pep440 = __commonJS({
  "node_modules/@renovatebot/pep440/index.js"(exports, module) {
    var { valid: valid2, clean, explain, parse: parse2 } = require_version();
    var { lt, le, eq: eq2, ne, ge, gt, compare: compare3, rcompare } = require_operator();
    var {
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies2,
      validRange: validRange2
    } = require_specifier();
    var { major, minor, patch, inc } = require_semantic();
    module.exports = {
      // version
      valid: valid2,
      clean,
      explain,
      parse: parse2,
      // operator
      lt,
      le,
      lte: le,
      eq: eq2,
      ne,
      neq: ne,
      ge,
      gte: ge,
      gt,
      compare: compare3,
      rcompare,
      // range
      filter,
      maxSatisfying,
      minSatisfying,
      RANGE_PATTERN,
      satisfies: satisfies2,
      validRange: validRange2,
      // semantic
      major,
      minor,
      patch,
      inc
    };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM3 = "\uFEFF";
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
    var basenameOf = (path60) => {
      const end = path60.length - 1;
      const index = path60.lastIndexOf(
        SLASH,
        path60[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path60 : path60.slice(index + 1);
    };
    var parentOf = (path60) => {
      if (path60.charCodeAt(0) === SLASH_CODE || path60.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path60.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path60.length - 1;
      const cut = path60.lastIndexOf(
        SLASH,
        path60.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path60.slice(0, cut + 1);
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
      let body = stripBOM && pattern[0] === BOM3 ? pattern.slice(1) : pattern;
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
        this._stripBOM = !this._split || pattern[0] === BOM3;
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
      testLiteral(path60) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path60)) {
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
      test(path60, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path60) : path60;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path60
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
    var checkPath = (path60, originalPath, doThrow) => {
      if (!isString(path60)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path60) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path60)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path60) => {
      const first = path60.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path60.length === 1) {
        return true;
      }
      const second = path60.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path60.length === 2 || path60.charCodeAt(2) === SLASH_CODE;
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
      _test(originalPath, cache, path60) {
        checkPath(
          path60,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path60 ? this._t(path60, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path60 = convertPath(target);
        if (!path60 || path60.charCodeAt(path60.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path60);
        }
        const dir = this._t(path60, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path60);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path60, cache) {
        const cached = cache[path60];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path60);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path60] = parent && parent.ignored ? parent : this._rules.test(path60, MODE_IGNORE);
      }
      ignores(path60) {
        return this._test(path60, this._ignoreCache, convertPath(path60)).ignored;
      }
      createFilter() {
        return (path60) => !this.ignores(path60);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path60) {
        return this._test(path60, this._testCache, convertPath(path60));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path60) => checkPath(convertPath(path60), path60, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path60) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path60) || isNotRelative(path60);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/shared/errors.ts
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

// src/shared/cancel.ts
import fs from "node:fs";
var processes = /* @__PURE__ */ new Set();
var others = /* @__PURE__ */ new Set();
function register(set, action) {
  const a = () => action();
  set.add(a);
  return () => void set.delete(a);
}
function killOnCancel(kill) {
  return register(processes, kill);
}
function onCancel(action) {
  return register(others, action);
}
function removeOnCancel(target) {
  return onCancel(() => fs.rmSync(target, { recursive: true, force: true }));
}
function cleanUpNow() {
  const all = [...processes, ...[...others].reverse()];
  processes.clear();
  others.clear();
  for (const a of all) {
    try {
      a();
    } catch {
    }
  }
}
var installed = false;
function cleanUpOnSignals(say = (m) => process.stderr.write(`${m}
`)) {
  if (installed) return;
  installed = true;
  let cancelling = false;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
    process.on(signal, () => {
      if (cancelling) return;
      cancelling = true;
      cleanUpNow();
      say(`Cancelled (${signal}): containers, temp folders and partial output removed.`);
      process.exit(code);
    });
  }
}

// src/plan/runtimes.ts
var RUNTIMES = {
  "custom.debian10": {
    debian: "buster",
    debianVersion: "10",
    glibc: "2.28",
    // FC's documentation: Python 3.10 at /var/fc/lang/python3.10, used with PATH=/var/fc/lang/python3.10/bin:$PATH.
    pythons: [
      {
        version: "3.10",
        fullVersion: "3.10.9",
        home: "/var/fc/lang/python3.10",
        onDefaultPath: false,
        howToUse: "PATH=/var/fc/lang/python3.10/bin:$PATH"
      }
    ],
    systemPython: "3.7",
    verifyImages: { "3.10": "python:3.10-slim-buster" },
    buildImage: "aliyunfc/runtime-custom.debian10:build-3.1.0"
  },
  "custom.debian11": {
    debian: "bullseye",
    debianVersion: "11",
    glibc: "2.31",
    pythons: [
      {
        version: "3.12",
        fullVersion: "3.12.4",
        home: "/var/fc/lang/python3.12",
        onDefaultPath: false,
        howToUse: "PATH=/var/fc/lang/python3.12/bin:$PATH"
      }
    ],
    systemPython: "3.9",
    verifyImages: { "3.12": "python:3.12-slim-bullseye" },
    buildImage: "aliyunfc/runtime:custom.debian11-build-3.1.0"
  },
  "custom.debian12": {
    debian: "bookworm",
    debianVersion: "12",
    glibc: "2.36",
    pythons: [
      { version: "3.11", fullVersion: "3.11.2", home: "/usr", onDefaultPath: true },
      { version: "3.12", fullVersion: "3.12.4", home: "/opt/python3.12", onDefaultPath: false, howToUse: "PATH=/opt/python3.12/bin:$PATH" }
    ],
    systemPython: "3.11",
    verifyImages: { "3.11": "python:3.11-slim-bookworm", "3.12": "python:3.12-slim-bookworm" },
    buildImage: "aliyunfc/runtime:custom.debian12-build-3.1.0"
  }
};
function isRuntimeName(v) {
  return Object.prototype.hasOwnProperty.call(RUNTIMES, v);
}
function defaultPython(runtime) {
  return RUNTIMES[runtime].pythons[0];
}
function shippedPython(runtime, version) {
  return RUNTIMES[runtime].pythons.find((p) => p.version === version);
}
function describePythons(runtime) {
  return RUNTIMES[runtime].pythons.map((p) => `${p.fullVersion} at ${p.home}/bin/python3`).join(" and ");
}
function fullPythonVersion(runtime, version) {
  return shippedPython(runtime, version)?.fullVersion ?? `${version}.0`;
}
function runtimeVerifyImage(runtime, version) {
  const r = RUNTIMES[runtime];
  return r.verifyImages[version] ?? `python:${version}-slim-${r.debian}`;
}
var SYSTEM_BINS = ["/usr/local/bin", "/usr/bin", "/bin"];
var FC_DEFAULT_PATH = ["/usr/local/bin", "/usr/local/sbin", "/usr/bin", "/usr/sbin", "/sbin", "/bin", "/code", "/code/bin", "/opt/bin"];
var FC_PYTHON_BINS = new Set(
  Object.values(RUNTIMES).flatMap((r) => r.pythons.filter((p) => p.home !== "/usr").map((p) => `${p.home}/bin`))
);
function runtimePythonPath(runtime) {
  const own = RUNTIMES[runtime].pythons.filter((p) => p.onDefaultPath && p.home !== "/usr").map((p) => `${p.home}/bin`);
  return [...own, ...SYSTEM_BINS];
}
function pythonIn(runtime, dir, name) {
  const m = /^python(3(?:\.(\d+))?)?$/.exec(name);
  if (!m) return void 0;
  const wanted = m[2] !== void 0 ? `3.${m[2]}` : void 0;
  for (const p of RUNTIMES[runtime].pythons) {
    if (`${p.home}/bin` !== dir) continue;
    if (p.home === "/usr" && !m[1]) return void 0;
    if (!wanted || wanted === p.version) return { path: `${dir}/${name}`, version: p.version, fc: true };
  }
  if (dir === "/usr/bin" && m[1]) {
    const sys = RUNTIMES[runtime].systemPython;
    if (!wanted || wanted === sys) return { path: `${dir}/${name}`, version: sys, fc: RUNTIMES[runtime].pythons.some((p) => p.home === "/usr") };
  }
  return void 0;
}
function resolveFcPython(runtime, argv0, pathDirs) {
  if (argv0.includes("/")) {
    const i = argv0.lastIndexOf("/");
    return pythonIn(runtime, argv0.slice(0, i), argv0.slice(i + 1));
  }
  for (const d of pathDirs) {
    const r = pythonIn(runtime, d, argv0);
    if (r) return r;
  }
  return void 0;
}
function runtimeBuildFallbackImage(runtime, version) {
  return `python:${version}-${RUNTIMES[runtime].debian}`;
}
var FC_LIMITS = {
  /** Code package uploaded through the console or OSS. */
  codeZipConsole: 500 * 1024 * 1024,
  /** Code package uploaded through the API (base64 in the request). */
  codeZipApi: 100 * 1024 * 1024,
  /** Uncompressed container image. */
  imageUncompressed: 10 * 1024 * 1024 * 1024
};

// src/inputs/values.ts
function splitArgs(value, inputName = "pip-args") {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote2 = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote2 === "'") {
      if (c === "'") quote2 = null;
      else cur += c;
    } else if (quote2 === '"') {
      if (c === '"') quote2 = null;
      else if (c === "\\" && i + 1 < value.length && '"\\$`'.includes(value[i + 1])) cur += value[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote2 = c;
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
  if (quote2) throw new UserError(`Input ${inputName} has an unterminated ${quote2} quote.`, inputName);
  if (inWord) out.push(cur);
  return out;
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
var ENV_LINE = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
function parseEnvironment(value, input = "environment") {
  const out = {};
  value.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const m = ENV_LINE.exec(line);
    if (!m) throw new UserError(`Input ${input}, line ${i + 1}: "${line.slice(0, 60)}" is not KEY=VALUE (one variable per line, KEY of letters, digits and _).`, input);
    out[m[1]] = m[2];
  });
  return out;
}

// src/inputs/inputs.ts
import os from "node:os";
import path from "node:path";

// src/inputs/publish-inputs.ts
var DEFAULT_CACHE_KEY_PREFIX = "fc-python-pack";
function parseCacheKeyPrefix(value, input = "cache-key-prefix") {
  const v = value.trim() || DEFAULT_CACHE_KEY_PREFIX;
  if (v.includes(",") || /\s/.test(v) || v.length > 200) {
    throw new UserError(
      `Input ${input} must be at most 200 characters without commas or spaces (it starts every cache key); got "${value}".`,
      input
    );
  }
  return v;
}
var INVALID_NAME = /[":<>|*?\r\n\\/]/;
function parseArtifactName(value, input = "artifact-name") {
  const v = value.trim();
  if (INVALID_NAME.test(v) || v.length > 200) {
    throw new UserError(`Input ${input}: "${value}" cannot be an artifact name (no " : < > | * ? \\ / or new lines).`, input);
  }
  return v;
}
function parseRetentionDays(value, input = "retention-days") {
  const v = value.trim();
  if (!v) return void 0;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 90) {
    throw new UserError(`Input retention-days must be a whole number of days from 1 to 90, or empty for the repository's setting; got "${value}".`, input);
  }
  return Number(v);
}
var CACHE_INPUT_SPECS = [
  {
    name: "cache",
    default: "true",
    description: "Cache the wheels the build needs (the wheelhouse) with the Actions cache: unchanged requirements reuse the recorded resolution and pip does not run; changed ones download only the wheels the cache lacks. Never fails the build."
  },
  {
    name: "cache-key-prefix",
    default: DEFAULT_CACHE_KEY_PREFIX,
    description: "Start of every cache key; change it to start from an empty cache. No commas or spaces."
  }
];
var UPLOAD_INPUT_SPECS = [
  {
    name: "upload",
    default: "true",
    description: "Upload the built file as a workflow artifact, as the file itself (no zip around it). A failed upload fails the step; the file stays at artifact-path."
  },
  {
    name: "artifact-name",
    default: "",
    description: "Name of the uploaded artifact; the file's extension is added (layer-0123456.zip). Default: <target>-<short sha>."
  },
  {
    name: "retention-days",
    default: "",
    description: "Days the artifact is kept, 1 to 90. Default: the repository's setting."
  }
];

// src/inputs/deploy-inputs.ts
var DEPLOY_INPUT_SPECS = [
  {
    name: "deploy",
    default: "false",
    description: "Deploy what was built and verified to Function Compute: false, plan (print the requests, send nothing) or true. Never runs for a failed build. layer: CreateLayerVersion (and the function named moves to it); code: UpdateFunction with the new code; image: UpdateFunction with the image."
  },
  { name: "region", default: "", description: "deploy: the region (e.g. cn-hangzhou). Default: s.yaml's region." },
  { name: "function-name", default: "", description: "deploy: the FC function to update. Default: s.yaml's functionName. It must exist and have the runtime built for." },
  { name: "layer-name", default: "", description: "deploy, target layer: the layer to publish a version of (created when missing)." },
  { name: "layers", default: "", description: "deploy, target code: the function's layers, ARNs (e.g. this job's layer-arn output), comma or newline separated. Default: s.yaml's layers; none: the function keeps its own." },
  { name: "alias", default: "", description: "deploy: publish a function version and point this alias at it (output function-version)." },
  { name: "oss-bucket", default: "", description: "deploy: the OSS bucket (in the function's region) a zip over the API's 100 MB limit is uploaded to." },
  { name: "role-arn", default: "", description: "deploy: the RAM role to assume with GitHub's OIDC token (needs permissions: id-token: write). Without it: ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / _SECURITY_TOKEN from the environment." },
  { name: "oidc-provider-arn", default: "", description: "deploy: the RAM OIDC identity provider that trusts GitHub (token.actions.githubusercontent.com), with role-arn." }
];
var REGION = /^[a-z]{2,}(-[a-z0-9]+){1,3}$/;
var NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
var LAYER_ARN = /^acs:fc:[a-z0-9-]+:\d+:layers\/[A-Za-z0-9_-]+\/versions\/\d+$/;
var ROLE_ARN = /^acs:ram::\d+:role\/[\w.@-]+$/i;
var OIDC_ARN = /^acs:ram::\d+:oidc-provider\/[\w.@-]+$/i;
function check(input, v, re, example) {
  if (!re.test(v)) throw new UserError(`Input ${input}: "${v}" is not valid; expected something like ${example}.`, input);
  return v;
}
function parseDeployInputs(get2) {
  const raw = get2("deploy").toLowerCase();
  const mode = ["false", "no", "off", "0"].includes(raw) ? "off" : raw === "plan" ? "plan" : ["true", "yes", "on", "1"].includes(raw) ? "deploy" : (() => {
    throw new UserError(`Input deploy must be false, plan or true; got "${get2("deploy")}".`, "deploy");
  })();
  const opt = (name) => get2(name) || void 0;
  const region = opt("region");
  const functionName = opt("function-name");
  const layerName = opt("layer-name");
  const layersRaw = opt("layers");
  const roleArn = opt("role-arn");
  const oidcProviderArn = opt("oidc-provider-arn");
  if (!!roleArn !== !!oidcProviderArn) {
    throw new UserError(`Inputs role-arn and oidc-provider-arn go together (GitHub's OIDC token is exchanged for the role through the provider): give ${roleArn ? "oidc-provider-arn" : "role-arn"} too.`, roleArn ? "oidc-provider-arn" : "role-arn");
  }
  const layers = layersRaw === void 0 ? void 0 : layersRaw === "none" ? [] : layersRaw.split(/[\s,]+/).filter(Boolean).map((a) => check("layers", a, LAYER_ARN, "acs:fc:cn-hangzhou:123456789:layers/deps/versions/3"));
  return {
    mode,
    region: region && check("region", region, REGION, "cn-hangzhou"),
    functionName: functionName && check("function-name", functionName, NAME, "my-api"),
    layerName: layerName && check("layer-name", layerName, NAME, "my-api-deps"),
    layers,
    alias: opt("alias") && check("alias", get2("alias"), NAME, "prod"),
    ossBucket: opt("oss-bucket") && check("oss-bucket", get2("oss-bucket"), /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/, "my-deploy-bucket"),
    roleArn: roleArn && check("role-arn", roleArn, ROLE_ARN, "acs:ram::123456789:role/github-deploy"),
    oidcProviderArn: oidcProviderArn && check("oidc-provider-arn", oidcProviderArn, OIDC_ARN, "acs:ram::123456789:oidc-provider/github")
  };
}

// src/inputs/inputs.ts
var TARGETS = ["layer", "code", "image"];
var INPUT_SPECS = [
  { name: "target", default: "layer", description: "What to build: layer (layer.zip, deps under python/), code (function.zip) or image (a container image saved as a tar)." },
  { name: "working-directory", default: ".", description: "The backend folder (holds the dependency file, and the code for target code or image)." },
  {
    name: "requirements",
    default: "",
    description: "Dependency file, relative to working-directory: requirements*.txt, pyproject.toml, uv.lock, poetry.lock, Pipfile.lock, pylock.toml or pylock.<name>.toml. Default: the first found of uv.lock, poetry.lock, pylock.toml, pylock.<name>.toml, Pipfile.lock, requirements.txt, pyproject.toml."
  },
  { name: "extras", default: "", description: "Optional dependencies (extras) to install from pyproject.toml or the lock, comma or newline separated." },
  { name: "groups", default: "", description: "Dependency groups to install (dev groups are never installed otherwise), comma or newline separated." },
  { name: "python-version", default: "", description: "Python the dependencies are built for, MAJOR.MINOR (quote it in YAML: '3.12'). Default: the runtime's own Python (custom.debian10: 3.10, custom.debian11: 3.12, custom.debian12: 3.11)." },
  { name: "runtime", default: "", description: "FC runtime: custom.debian10 (glibc 2.28, Python 3.10 at /var/fc/lang/python3.10), custom.debian11 (glibc 2.31, Python 3.12) or custom.debian12 (glibc 2.36, Python 3.11; 3.12 at /opt/python3.12). Decides which wheels can run and the default Python. Default: s.yaml's runtime, else custom.debian10." },
  { name: "s-yaml", default: "", description: "Serverless Devs' s.yaml (edition 3, component fc3), relative to working-directory: the runtime, start command, port, environment variables, layers and code folder are read from it. Default: s.yaml or s.yml in working-directory, else the one in its parent whose code is working-directory; none: do not read one." },
  { name: "function", default: "", description: "s.yaml resource to build (its key or functionName) when s.yaml has several functions." },
  { name: "start-command", default: "", description: "The function's start command and its args when it has no bootstrap and no s.yaml (e.g. python3 -u index.py), split like a shell would split them but never run through one. FC runs it in /code." },
  { name: "environment", default: "", description: "The function's environment variables, KEY=VALUE, one per line, as FC will set them (e.g. PYTHONPATH=/code/python, PATH=/var/fc/lang/python3.10/bin:$PATH). Default: s.yaml's environmentVariables; verify runs the function with exactly these." },
  { name: "index-url", default: "", description: "pip --index-url (credentials in it are masked and never logged)." },
  { name: "extra-index-url", default: "", description: "pip --extra-index-url; several separated by spaces or new lines." },
  { name: "pip-args", default: "", description: "Extra pip install arguments, split like a shell would split them but never run through one." },
  { name: "build-sdists", default: "true", description: "Build packages that ship only as source (sdists: oss2, aliyun-python-sdk-core, crcmod) into wheels for FC when no wheel fits; wheels are still preferred. false: wheels only." },
  { name: "build-image", default: "", description: "Image compiled sdists (and those whose dependencies depend on the Python) are built in: the runtime's Debian, the target Python with its headers, and gcc. Default: FC's build image (aliyunfc/runtime-custom.debian10:build-3.1.0, aliyunfc/runtime:custom.debian11-build-3.1.0, aliyunfc/runtime:custom.debian12-build-3.1.0), else python:<python-version>-<debian of runtime>." },
  { name: "output-dir", default: "", description: "Where the artifact is written. Default: $RUNNER_TEMP/fc-python-pack (the system temp folder outside Actions)." },
  { name: "verify", default: "true", description: "Verify the artifact in a container that behaves like FC before it is published." },
  { name: "verify-image", default: "", description: "Image to verify in. Default: python:<python-version>-slim-<debian of runtime>: python:3.10-slim-buster (custom.debian10), python:3.12-slim-bullseye (custom.debian11), python:3.11-slim-bookworm (custom.debian12)." },
  { name: "verify-imports", default: "", description: "Modules that must import from the artifact, comma or newline separated. Default: the top-level modules of every distribution the requirements file names, plus uvicorn and fastapi when installed." },
  { name: "exclude", default: "", description: "code/image: more paths to leave out, gitignore patterns, one per line (added to the defaults and .fcignore)." },
  { name: "include-deps", default: "true", description: "code: install the requirements under python/ inside function.zip (/code/python on FC). false: code only, for deps shipped as a layer." },
  { name: "bootstrap", default: "", description: "The start script FC runs, relative to the code folder; none when the function uses another start command. Default: s.yaml's customRuntimeConfig.command, else bootstrap." },
  { name: "convert-crlf", default: "false", description: "code: store a CRLF bootstrap with LF endings (with a notice) instead of failing." },
  { name: "smoke-test", default: "", description: "code/image: start the function as FC would and probe its port. Default: true when there is a bootstrap (code) and for images." },
  { name: "smoke-path", default: "/", description: "code/image: the HTTP path the smoke test requests; any answer below 500 counts as up." },
  { name: "smoke-timeout", default: "30", description: "code/image: seconds the smoke test waits for the first answer (FC allows 120)." },
  { name: "dockerfile", default: "Dockerfile", description: "image: the Dockerfile, relative to working-directory. When it does not exist, one is generated: base-image, the deps at /opt/python, the code at /code, CMD ./bootstrap." },
  { name: "image", default: "", description: "image: the tag to build. Default: <repository name>:<short sha>." },
  { name: "build-args", default: "", description: "image: docker build arguments, KEY=VALUE, one per line." },
  { name: "base-image", default: "", description: "image: base of the generated Dockerfile. Default: the verify image." },
  { name: "image-compression", default: "none", description: "image: none (image.tar) or gzip (image.tar.gz) for the saved image." },
  { name: "port", default: "", description: "code/image: the port FC calls (FC_SERVER_PORT); the server must listen on 0.0.0.0 there. Default: s.yaml's customRuntimeConfig.port, else 9000." },
  ...CACHE_INPUT_SPECS,
  ...UPLOAD_INPUT_SPECS,
  ...DEPLOY_INPUT_SPECS
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
  if (value === "custom" || value === "custom.debian9") {
    throw new UserError(
      `Input runtime ${value} is FC's legacy custom runtime (Debian 9, glibc 2.24, Python 3.7), which fc-python-pack does not build for. Supported: ${Object.keys(RUNTIMES).join(", ")}. To move, set the function's runtime to custom.debian12 (Python 3.11 as python3) or custom.debian10 (Python 3.10: export PATH=/var/fc/lang/python3.10/bin:$PATH in bootstrap), in s.yaml (runtime:) or the console, and the same runtime here; the bootstrap and port stay as they are.`,
      "runtime"
    );
  }
  throw new UserError(
    `Input runtime must be one of ${Object.keys(RUNTIMES).join(", ")}; got "${value}".`,
    "runtime"
  );
}
function splitList(value, separators = /[\s,]+/) {
  return value.split(separators).map((s) => s.trim()).filter(Boolean);
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
var IMAGE_REF = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;
function parseImageRef(value, input = "image") {
  if (!IMAGE_REF.test(value)) {
    throw new UserError(`Input ${input}: "${value}" is not a valid image name (lowercase name[:tag], e.g. my-api:1.0).`, input);
  }
  return value;
}
function parseImageInput(value, input) {
  const at = value.indexOf("@");
  const name = at < 0 ? value : value.slice(0, at);
  if (!IMAGE_REF.test(name) || at >= 0 && !/^sha256:[a-f0-9]{64}$/.test(value.slice(at + 1))) {
    throw new UserError(`Input ${input}: "${value}" is not a valid image reference (lowercase name[:tag][@sha256:digest], e.g. python:3.11-slim-bookworm).`, input);
  }
  return value;
}
function defaultImageName(env, workingDirectory) {
  const repo = env.GITHUB_REPOSITORY?.split("/").pop() || path.basename(workingDirectory);
  const name = repo.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "") || "function";
  const tag = env.GITHUB_SHA ? env.GITHUB_SHA.slice(0, 7) : "local";
  return `${name}:${tag}`;
}
function defaultOutputDir(env) {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), "fc-python-pack");
}
function parseInputs(source, ctx) {
  const target = parseTarget(get(source, "target"));
  const workingDirectory = path.resolve(ctx.cwd, get(source, "working-directory"));
  const requirementsInput = get(source, "requirements");
  const runtimeRaw = get(source, "runtime");
  const runtime = runtimeRaw ? parseRuntime(runtimeRaw) : void 0;
  const pythonRaw = get(source, "python-version");
  const pythonVersion = pythonRaw ? parsePythonVersion(pythonRaw) : void 0;
  const indexUrl = get(source, "index-url") || void 0;
  const extraIndexUrls = splitList(get(source, "extra-index-url"), /\s+/);
  const pipArgs = checkPipArgs(splitArgs(get(source, "pip-args")));
  const outputRaw = get(source, "output-dir");
  const outputDir = outputRaw ? path.resolve(ctx.cwd, outputRaw) : defaultOutputDir(ctx.env);
  const verify = parseBoolean("verify", get(source, "verify"));
  const verifyImageRaw = get(source, "verify-image");
  const verifyImage = verifyImageRaw ? parseImageInput(verifyImageRaw, "verify-image") : void 0;
  const verifyImports = parseImports(get(source, "verify-imports"));
  const bootstrapRaw = get(source, "bootstrap");
  if (bootstrapRaw && (path.isAbsolute(bootstrapRaw) || bootstrapRaw.split(/[\\/]/).includes(".."))) {
    throw new UserError(`Input bootstrap must be a path inside working-directory (e.g. bootstrap), or none; got "${bootstrapRaw}".`, "bootstrap");
  }
  const smokeRaw = get(source, "smoke-test");
  const sYamlRaw = get(source, "s-yaml");
  const startRaw = get(source, "start-command");
  const startCommand = startRaw ? splitArgs(startRaw, "start-command") : void 0;
  if (startRaw && !startCommand?.length) throw new UserError("Input start-command is empty once split: give the command and its args, e.g. python3 -u index.py.", "start-command");
  if (startCommand && bootstrapRaw && bootstrapRaw !== "none") {
    throw new UserError(`Inputs bootstrap (${bootstrapRaw}) and start-command (${startRaw}) both say how the function starts: give one (FC runs either the command or /code/bootstrap).`, "start-command");
  }
  const envRaw = source("environment") ?? "";
  const portRaw = get(source, "port");
  return {
    target,
    workingDirectory,
    requirements: requirementsInput ? path.resolve(workingDirectory, requirementsInput) : void 0,
    requirementsInput,
    extras: splitList(get(source, "extras"), /[\s,]+/),
    groups: splitList(get(source, "groups"), /[\s,]+/),
    pythonVersion,
    runtime,
    sYaml: sYamlRaw === "none" ? null : sYamlRaw || void 0,
    functionName: get(source, "function") || void 0,
    startCommand,
    environment: envRaw.trim() ? parseEnvironment(envRaw) : void 0,
    indexUrl,
    extraIndexUrls,
    pipArgs,
    buildSdists: parseBoolean("build-sdists", get(source, "build-sdists")),
    buildImage: get(source, "build-image") || void 0,
    outputDir,
    verify,
    verifyImage,
    verifyImports,
    workspace: ctx.cwd,
    exclude: splitLines(source("exclude") ?? ""),
    includeDeps: parseBoolean("include-deps", get(source, "include-deps")),
    bootstrap: bootstrapRaw === "none" ? null : bootstrapRaw ? bootstrapRaw.replace(/^\.\//, "") : void 0,
    convertCrlf: parseBoolean("convert-crlf", get(source, "convert-crlf")),
    smokeTest: smokeRaw ? parseBoolean("smoke-test", smokeRaw) : void 0,
    smokePath: parseSmokePath(get(source, "smoke-path")),
    smokeTimeout: parseIntInput("smoke-timeout", get(source, "smoke-timeout"), 1, 600),
    port: portRaw ? parseIntInput("port", portRaw, 1, 65535) : void 0,
    dockerfile: path.resolve(workingDirectory, get(source, "dockerfile")),
    dockerfileInput: get(source, "dockerfile"),
    image: parseImageRef(get(source, "image") || defaultImageName(ctx.env, workingDirectory)),
    buildArgs: parseBuildArgs(source("build-args") ?? ""),
    baseImage: get(source, "base-image") ? parseImageInput(get(source, "base-image"), "base-image") : void 0,
    imageCompression: parseCompression(get(source, "image-compression")),
    cache: parseBoolean("cache", get(source, "cache")),
    cacheKeyPrefix: parseCacheKeyPrefix(get(source, "cache-key-prefix")),
    upload: parseBoolean("upload", get(source, "upload")),
    artifactName: get(source, "artifact-name") ? parseArtifactName(get(source, "artifact-name")) : void 0,
    retentionDays: parseRetentionDays(get(source, "retention-days")),
    deploy: parseDeployInputs((name) => get(source, name))
  };
}

// src/plan/function.ts
import fs3 from "node:fs";
import path4 from "node:path";

// src/shared/paths.ts
import path2 from "node:path";
function shownPath(workspace, p) {
  const rel = path2.relative(workspace, p);
  return rel && !rel.startsWith("..") && !path2.isAbsolute(rel) ? rel : rel === "" ? "." : path2.resolve(p);
}

// src/formats/s-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
import fs2 from "node:fs";
import path3 from "node:path";
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isFc3 = (component) => /^(devsapp\/)?fc3(@.*)?$/.test(component);
function readSYaml(file, shown, input = "s-yaml") {
  let text;
  try {
    text = fs2.readFileSync(file, "utf8");
  } catch (e) {
    throw new UserError(`Input ${input}: cannot read ${shown} (${e.code ?? String(e)}).`, input);
  }
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false, uniqueKeys: false });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line ?? (err.pos ? text.slice(0, err.pos[0]).split("\n").length : void 0);
    throw new UserError(`${shown}${line ? `, line ${line}` : ""}: not valid YAML (${err.message.split("\n")[0]}). Fix the syntax (Serverless Devs would refuse it too).`, input);
  }
  const root = doc.toJS({ maxAliasCount: 100 });
  if (!isObject(root)) throw new UserError(`${shown} is not a Serverless Devs file: it holds no mapping (edition, resources...).`, input);
  const services = root.services;
  const oldFc = isObject(services) && Object.values(services).some((s) => isObject(s) && /^(devsapp\/)?fc(@.*)?$/.test(String(s.component ?? "")));
  if (isObject(services) && !isObject(root.resources)) {
    throw new UserError(
      `${shown} is in Serverless Devs' older format (edition ${String(root.edition ?? "1.0.0")}, services${oldFc ? ", component fc with service/function" : ""}). fc-python-pack reads edition 3.0.0 with component fc3: convert it with \`s cli fc3 s2tos3\` (Serverless Devs), or give the start with start-command, environment and runtime instead of s-yaml.`,
      input
    );
  }
  if (!isObject(root.resources)) throw new UserError(`${shown} has no resources: section (Serverless Devs edition 3.0.0 lists the functions there).`, input);
  const resources = {};
  for (const [key, r] of Object.entries(root.resources)) {
    if (!isObject(r)) continue;
    resources[key] = { component: String(r.component ?? ""), props: isObject(r.props) ? r.props : {} };
  }
  return { file, shown, dir: path3.dirname(file), vars: isObject(root.vars) ? root.vars : {}, resources };
}
function fc3Keys(s) {
  return Object.entries(s.resources).filter(([, r]) => isFc3(r.component)).map(([k]) => k);
}
var VAR = /\$\{([^{}]*)\}/g;
var MAX_DEPTH = 20;
function walk(v, parts) {
  let cur = v;
  for (const p of parts) {
    if (Array.isArray(cur) && /^\d+$/.test(p)) cur = cur[Number(p)];
    else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, p)) cur = cur[p];
    else return { found: false };
  }
  return { found: true, value: cur };
}
var SYamlResolver = class {
  constructor(s, env) {
    this.s = s;
    this.env = env;
  }
  s;
  env;
  /** The field at `parts` of resource `key`'s props, resolved; undefined when it is not there. */
  prop(key, parts) {
    const r = this.s.resources[key];
    if (!r) return void 0;
    const got = walk(r.props, parts);
    return got.found ? this.resolve(got.value, key, `resources.${key}.props.${parts.join(".")}`, 0) : void 0;
  }
  resolve(v, key, field, depth) {
    if (depth > MAX_DEPTH) throw this.fail(field, "(variables that refer to each other)", "a variable that refers back to itself");
    if (typeof v === "string") return this.resolveString(v, key, field, depth);
    if (Array.isArray(v)) return v.map((x, i) => this.resolve(x, key, `${field}.${i}`, depth));
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.resolve(x, key, `${field}.${k}`, depth)]));
    return v;
  }
  resolveString(v, key, field, depth) {
    const whole = /^\$\{([^{}]*)\}$/.exec(v.trim());
    if (whole) return this.resolve(this.expr(whole[1].trim(), key, field, depth), key, field, depth + 1);
    return v.replace(VAR, (_m, e) => {
      const x = this.resolve(this.expr(e.trim(), key, field, depth), key, field, depth + 1);
      return typeof x === "string" || typeof x === "number" || typeof x === "boolean" ? String(x) : JSON.stringify(x);
    });
  }
  expr(e, key, field, depth) {
    const env = /^env\(\s*(?:'([^']*)'|"([^"]*)"|([\w.-]+))\s*(?:,\s*(?:'([^']*)'|"([^"]*)"|([^)\s]*))\s*)?\)$/.exec(e) ?? /^env\.([\w]+)()()()()()$/.exec(e);
    if (env) {
      const name = env[1] ?? env[2] ?? env[3];
      const dflt = env[4] ?? env[5] ?? env[6];
      const val = this.env[name] ?? dflt;
      if (val === void 0) throw this.fail(field, `\${${e}}`, `the environment variable ${name} is not set: set it in the workflow step's env (or give the value as an input)`);
      return val;
    }
    const parts = e.split(".");
    if (parts[0] === "vars") {
      const got = walk(this.s.vars, parts.slice(1));
      if (!got.found) throw this.fail(field, `\${${e}}`, `vars has no ${parts.slice(1).join(".")}`);
      return got.value;
    }
    if (parts[0] === "resources" || parts[0] === "this") {
      const rk = parts[0] === "this" ? key : parts[1];
      const rest = parts[0] === "this" ? parts.slice(1) : parts.slice(2);
      const r = this.s.resources[rk];
      if (r && rest[0] === "props") {
        const got = walk(r.props, rest.slice(1));
        if (got.found) return this.resolve(got.value, rk, `resources.${rk}.props.${rest.slice(1).join(".")}`, depth + 1);
      }
      if (r && rest[0] === "name" && rest.length === 1) return rk;
      throw this.fail(field, `\${${e}}`, r ? `it is not a field of resources.${rk} that is known before deploying` : `there is no resource ${rk}`);
    }
    throw this.fail(field, `\${${e}}`, "fc-python-pack cannot know its value at build time (only vars, env(...), resources.<name>.props and this.props are resolved)");
  }
  fail(field, what, why) {
    return new UserError(`${this.s.shown}: ${field} uses ${what}, which cannot be resolved: ${why}. Give the value directly, or as the input that says the same thing.`, "s-yaml");
  }
};

// src/plan/function.ts
var DEFAULT_RUNTIME = "custom.debian10";
var DEFAULT_PORT = 9e3;
var DEFAULT_BOOTSTRAP = "bootstrap";
var exists = (p) => fs3.existsSync(p);
function sYamlIn(dir) {
  return ["s.yaml", "s.yml"].map((n) => path4.join(dir, n)).find(exists);
}
function codeOf(r, key) {
  const code = r.prop(key, ["code"]);
  if (typeof code === "string") return path4.resolve(r.s.dir, code);
  if (code && typeof code === "object" && typeof code.src === "string") return path4.resolve(r.s.dir, code.src);
  return void 0;
}
function pickFunction(r, wanted, wd, auto) {
  const keys = fc3Keys(r.s);
  const name = (k) => {
    try {
      const n = r.prop(k, ["functionName"]);
      return typeof n === "string" ? n : void 0;
    } catch {
      return void 0;
    }
  };
  const list = () => keys.map((k) => name(k) && name(k) !== k ? `${k} (${name(k)})` : k).join(", ");
  if (!keys.length) {
    const others2 = Object.entries(r.s.resources).map(([k, v]) => `${k}: ${v.component || "?"}`);
    throw new UserError(`${r.s.shown} has no fc3 function among its resources${others2.length ? ` (${others2.join(", ")})` : ""}. Point s-yaml at the file of the FC function, or set s-yaml: none.`, "s-yaml");
  }
  if (wanted) {
    const k = keys.find((x) => x === wanted) ?? keys.find((x) => name(x) === wanted);
    if (!k) throw new UserError(`Input function: ${r.s.shown} has no function ${wanted}; it has ${list()}.`, "function");
    return k;
  }
  if (keys.length === 1) return keys[0];
  const here = keys.filter((k) => codeOf(r, k) === wd);
  if (here.length === 1) return here[0];
  if (auto && !here.length) return void 0;
  throw new UserError(`${r.s.shown} has ${keys.length} functions: ${list()}. Set the function input to the one to build.`, "function");
}
function findFunction(inputs, env) {
  const wd = inputs.workingDirectory;
  if (inputs.sYaml === null) return void 0;
  const show = (p) => shownPath(inputs.workspace, p);
  if (inputs.sYaml) {
    const file = path4.resolve(wd, inputs.sYaml);
    if (!exists(file)) throw new UserError(`Input s-yaml: ${show(file)} does not exist (s-yaml is relative to working-directory).`, "s-yaml");
    const r = new SYamlResolver(readSYaml(file, show(file)), env);
    return { r, key: pickFunction(r, inputs.functionName, wd, false) };
  }
  const here = sYamlIn(wd);
  if (here) {
    const r = new SYamlResolver(readSYaml(here, show(here)), env);
    return { r, key: pickFunction(r, inputs.functionName, wd, false) };
  }
  const parent = sYamlIn(path4.dirname(wd));
  if (parent) {
    let s;
    try {
      s = readSYaml(parent, show(parent));
    } catch (e) {
      if (inputs.functionName) throw e;
      return void 0;
    }
    const r = new SYamlResolver(s, env);
    if (!fc3Keys(s).some((k) => codeOf(r, k) === wd)) return void 0;
    const key = pickFunction(r, inputs.functionName, wd, true);
    if (key && codeOf(r, key) === wd) return { r, key };
  }
  if (inputs.functionName) throw new UserError(`Input function (${inputs.functionName}) picks a function of s.yaml, but there is no s.yaml in working-directory (nor one in its parent whose code is working-directory). Set s-yaml.`, "function");
  return void 0;
}
var asStringList = (v, field, shown) => {
  if (v === void 0 || v === null) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.map(String);
  throw new UserError(`${shown}: ${field} must be a list of strings.`, "s-yaml");
};
function functionConfig(inputs, env) {
  const found = findFunction(inputs, env);
  const notices = [];
  const wd = inputs.workingDirectory;
  if (!found) {
    const start2 = inputs.startCommand ? { kind: "command", argv: inputs.startCommand, from: "start-command", shown: "start-command" } : inputs.bootstrap === null ? { kind: "none" } : { kind: "bootstrap", file: inputs.bootstrap ?? DEFAULT_BOOTSTRAP, explicit: inputs.bootstrap !== void 0 };
    return {
      codeDir: wd,
      runtime: inputs.runtime ?? DEFAULT_RUNTIME,
      port: inputs.port ?? DEFAULT_PORT,
      start: start2,
      environment: inputs.environment ? { vars: inputs.environment, from: "environment" } : void 0,
      layers: [],
      notices
    };
  }
  const { r, key } = found;
  const s = r.s;
  const field = (...parts) => r.prop(key, parts);
  const fname = field("functionName");
  const functionName = typeof fname === "string" ? fname : void 0;
  let region;
  try {
    const y = field("region");
    region = typeof y === "string" && y ? y : void 0;
  } catch {
    region = void 0;
  }
  const disagree = (input, given, fromFile) => notices.push({ input, message: `Input ${input} (${given}) differs from ${s.shown}'s ${fromFile}: building with ${given}, as the input says. The deployed function uses what s.yaml says: make them agree.` });
  const codeDir = codeOf(r, key) ?? wd;
  if (!fs3.existsSync(codeDir) || !fs3.statSync(codeDir).isDirectory()) {
    throw new UserError(`${s.shown}: resources.${key}.props.code is ${path4.relative(s.dir, codeDir) || "."}, which is not a folder. Point code at the function's source folder.`, "s-yaml");
  }
  if (codeDir !== wd && path4.dirname(s.file) === wd) notices.push({ input: "s-yaml", message: `${s.shown}: the function's code is ${shownPath(inputs.workspace, codeDir)} (its code field).` });
  const rt = field("runtime");
  let runtime;
  if (inputs.runtime) {
    runtime = inputs.runtime;
    if (typeof rt === "string" && rt !== runtime) disagree("runtime", runtime, `runtime (${rt})`);
  } else if (rt === void 0) {
    runtime = DEFAULT_RUNTIME;
  } else if (typeof rt === "string" && isRuntimeName(rt)) {
    runtime = rt;
  } else if (rt === "custom-container" && inputs.target === "image") {
    runtime = DEFAULT_RUNTIME;
  } else {
    throw new UserError(
      `${s.shown}: resources.${key}.props.runtime is ${String(rt)}; fc-python-pack builds for FC's custom runtimes (custom.debian10, custom.debian11, custom.debian12)${rt === "custom-container" ? " and images (target image)" : ""}. Use one of them in s.yaml, or set the runtime input.`,
      "runtime"
    );
  }
  const crc = field("customRuntimeConfig");
  const yPort = crc && crc.port !== void 0 ? Number(crc.port) : void 0;
  if (yPort !== void 0 && !(Number.isInteger(yPort) && yPort >= 1 && yPort <= 65535)) {
    throw new UserError(`${s.shown}: resources.${key}.props.customRuntimeConfig.port must be a port number (1 to 65535); got ${String(crc.port)}.`, "s-yaml");
  }
  const port = inputs.port ?? yPort ?? DEFAULT_PORT;
  if (inputs.port !== void 0 && yPort !== void 0 && yPort !== inputs.port) disagree("port", String(inputs.port), `customRuntimeConfig.port (${yPort})`);
  const argv = [...asStringList(crc?.command, "customRuntimeConfig.command", s.shown), ...asStringList(crc?.args, "customRuntimeConfig.args", s.shown)];
  const yStart = argv.length ? { kind: "command", argv, from: "s.yaml", shown: `${s.shown} (customRuntimeConfig)` } : void 0;
  let start;
  if (inputs.startCommand) {
    start = { kind: "command", argv: inputs.startCommand, from: "start-command", shown: "start-command" };
    if (yStart && yStart.argv.join(" ") !== inputs.startCommand.join(" ")) disagree("start-command", inputs.startCommand.join(" "), `customRuntimeConfig command (${argv.join(" ")})`);
  } else if (typeof inputs.bootstrap === "string") {
    start = { kind: "bootstrap", file: inputs.bootstrap, explicit: true };
    if (yStart) disagree("bootstrap", inputs.bootstrap, `customRuntimeConfig command (${argv.join(" ")})`);
  } else if (yStart) {
    const only = argv.length === 1 ? path4.posix.resolve("/code", argv[0]) : void 0;
    const file = only?.startsWith("/code/") ? only.slice("/code/".length) : void 0;
    start = file && exists(path4.join(codeDir, file)) ? { kind: "bootstrap", file, explicit: true } : yStart;
  } else {
    start = inputs.bootstrap === null ? { kind: "none" } : { kind: "bootstrap", file: DEFAULT_BOOTSTRAP, explicit: false };
  }
  const yEnvRaw = field("environmentVariables");
  if (yEnvRaw !== void 0 && (typeof yEnvRaw !== "object" || yEnvRaw === null || Array.isArray(yEnvRaw))) {
    throw new UserError(`${s.shown}: resources.${key}.props.environmentVariables must be a mapping of NAME: value.`, "s-yaml");
  }
  const yEnv = yEnvRaw ? Object.fromEntries(Object.entries(yEnvRaw).map(([k, v]) => [k, v === null ? "" : String(v)])) : void 0;
  let environment;
  if (inputs.environment) {
    environment = { vars: inputs.environment, from: "environment" };
    if (yEnv && JSON.stringify(yEnv) !== JSON.stringify(inputs.environment)) disagree("environment", "its variables", "environmentVariables");
  } else if (yEnv) {
    environment = { vars: yEnv, from: `${s.shown} (environmentVariables)` };
  }
  const layers = asStringList(field("layers"), "layers", s.shown);
  return { sYaml: { file: s.file, shown: s.shown, key, functionName, region }, codeDir, runtime, port, start, environment, layers, notices };
}

// src/plan/plan.ts
import fs14 from "node:fs";
import path16 from "node:path";

// src/plan/deps.ts
import { createHash as createHash3 } from "node:crypto";
import fs9 from "node:fs";
import path9 from "node:path";

// src/formats/lock/index.ts
import fs7 from "node:fs";
import path7 from "node:path";

// src/formats/pyproject.ts
import fs5 from "node:fs";

// src/formats/versions.ts
var import_pep440 = __toESM(require_pep440(), 1);
function compareVersions(a, b) {
  if (!(0, import_pep440.valid)(a) || !(0, import_pep440.valid)(b)) throw new Error(`not a version: ${(0, import_pep440.valid)(a) ? b : a}`);
  return (0, import_pep440.compare)(a, b);
}
function maxVersion(versions) {
  return versions.reduce((m, v) => m === void 0 || compareVersions(v, m) > 0 ? v : m, void 0);
}
function sameVersion(a, b) {
  const x = a.trim().replace(/\+.*$/, "");
  const y = b.trim().replace(/\+.*$/, "");
  if ((0, import_pep440.valid)(x) && (0, import_pep440.valid)(y)) return (0, import_pep440.eq)(x, y);
  return x.toLowerCase() === y.toLowerCase();
}
function isVersion(v) {
  return !!(0, import_pep440.valid)(v);
}
function isSpecifier(spec) {
  return (0, import_pep440.validRange)(spec);
}
function versionSatisfies(version, specifier) {
  if (!specifier) return true;
  if (!(0, import_pep440.valid)(version)) return false;
  return (0, import_pep440.satisfies)(version, specifier, { prereleases: true });
}

// src/formats/pep508.ts
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function linuxCPythonEnvironment(pythonVersion) {
  const parts = pythonVersion.trim().split(".");
  const full = parts.length >= 3 ? parts.slice(0, 3).join(".") : `${parts[0]}.${parts[1] ?? 0}.0`;
  return {
    python_version: `${parts[0]}.${parts[1] ?? 0}`,
    python_full_version: full,
    implementation_name: "cpython",
    implementation_version: full,
    platform_python_implementation: "CPython",
    sys_platform: "linux",
    platform_system: "Linux",
    platform_machine: "x86_64",
    os_name: "posix",
    platform_release: "",
    platform_version: ""
  };
}
var ALIASES = {
  "os.name": "os_name",
  "sys.platform": "sys_platform",
  "platform.version": "platform_version",
  "platform.machine": "platform_machine",
  "platform.python_implementation": "platform_python_implementation",
  python_implementation: "platform_python_implementation"
};
var VARIABLES = /* @__PURE__ */ new Set(["extra", ...Object.keys(linuxCPythonEnvironment("3.0"))]);
var MarkerSyntaxError = class extends Error {
};
function tokenize(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const c = s[i];
    if (c === "(" || c === ")") {
      out.push({ t: c, v: c });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = s.indexOf(c, i + 1);
      if (end < 0) throw new MarkerSyntaxError(`unterminated string in marker: ${s}`);
      out.push({ t: "str", v: s.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const cmp = /^(===|==|!=|<=|>=|~=|<|>|not\s+in(?![\w.])|in(?![\w.]))/.exec(rest);
    if (cmp) {
      out.push({ t: "cmp", v: cmp[1].replace(/\s+/g, " ") });
      i += cmp[1].length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(rest);
    if (!word) throw new MarkerSyntaxError(`unexpected "${c}" in marker: ${s}`);
    const w = word[0];
    if (w === "and" || w === "or") out.push({ t: w, v: w });
    else {
      const name = ALIASES[w] ?? w;
      if (!VARIABLES.has(name)) throw new MarkerSyntaxError(`unknown marker variable ${w} in: ${s}`);
      out.push({ t: "var", v: name });
    }
    i += w.length;
  }
  return out;
}
function parseMarker(text) {
  const toks = tokenize(text);
  let pos = 0;
  const fail = (why) => {
    throw new MarkerSyntaxError(`${why} in marker: ${text}`);
  };
  const value = () => {
    const tok = toks[pos++];
    if (tok?.t === "str") return { literal: tok.v };
    if (tok?.t === "var") return { variable: tok.v };
    return fail(tok ? `unexpected ${tok.v}` : "it ends too early");
  };
  const atom = () => {
    if (toks[pos]?.t === "(") {
      pos++;
      const inner = or();
      if (toks[pos++]?.t !== ")") fail("missing )");
      return inner;
    }
    const lhs = value();
    const op = toks[pos++];
    if (op?.t !== "cmp") fail("missing comparison");
    return { op: "cmp", lhs, cmp: op.v, rhs: value() };
  };
  const and = () => {
    let left = atom();
    while (toks[pos]?.t === "and") {
      pos++;
      left = { op: "and", left, right: atom() };
    }
    return left;
  };
  const or = () => {
    let left = and();
    while (toks[pos]?.t === "or") {
      pos++;
      left = { op: "or", left, right: and() };
    }
    return left;
  };
  if (!toks.length) fail("empty");
  const tree = or();
  if (pos !== toks.length) fail(`unexpected ${toks[pos].v}`);
  return tree;
}
function compare2(lhs, cmp, rhs) {
  if (cmp === "in") return rhs.includes(lhs);
  if (cmp === "not in") return !rhs.includes(lhs);
  if (cmp !== "===" && isVersion(lhs) && isSpecifier(`${cmp}${rhs}`)) return versionSatisfies(lhs, `${cmp}${rhs}`);
  switch (cmp) {
    case "==":
    case "===":
      return lhs === rhs;
    case "!=":
      return lhs !== rhs;
    case "<":
      return lhs < rhs;
    case "<=":
      return lhs <= rhs;
    case ">":
      return lhs > rhs;
    case ">=":
      return lhs >= rhs;
  }
  throw new MarkerSyntaxError(`cannot compare "${lhs}" ${cmp} "${rhs}" as strings`);
}
function evaluateMarker(marker, env, extra = "") {
  const node = typeof marker === "string" ? parseMarker(marker) : marker;
  const val = (v, isExtra) => {
    const s = "literal" in v ? v.literal : v.variable === "extra" ? extra : env[v.variable];
    return isExtra ? normalizeName(s) : s;
  };
  const walk2 = (n) => {
    if (n.op !== "cmp") return n.op === "and" ? walk2(n.left) && walk2(n.right) : walk2(n.left) || walk2(n.right);
    const isExtra = "variable" in n.lhs && n.lhs.variable === "extra" || "variable" in n.rhs && n.rhs.variable === "extra";
    return compare2(val(n.lhs, isExtra), n.cmp, val(n.rhs, isExtra));
  };
  return walk2(node);
}
function markerHolds(marker, env, extras = []) {
  if (marker === void 0) return true;
  const node = typeof marker === "string" ? parseMarker(marker) : marker;
  return ["", ...extras].some((x) => evaluateMarker(node, env, x));
}
var RequirementSyntaxError = class extends Error {
};
function parseRequirement(text) {
  const s = text.trim();
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s.exec(s);
  if (!m) throw new RequirementSyntaxError(`not a requirement: ${text}`);
  const name = m[1];
  const extras = (m[2] ?? "").split(",").map((x) => x.trim()).filter(Boolean).map(normalizeName);
  let rest = m[3];
  let url;
  let marker;
  if (rest.startsWith("@")) {
    const u = /^@\s*(\S+)\s*(.*)$/s.exec(rest);
    url = u[1];
    rest = u[2];
    if (rest && !rest.startsWith(";")) throw new RequirementSyntaxError(`unexpected text after the URL: ${text}`);
  }
  const semi = rest.indexOf(";");
  if (semi >= 0) {
    marker = rest.slice(semi + 1).trim();
    rest = rest.slice(0, semi);
    if (!marker) throw new RequirementSyntaxError(`empty marker: ${text}`);
    parseMarker(marker);
  }
  let specifier = rest.trim().replace(/^\((.*)\)$/s, "$1").replace(/\s+/g, "");
  if (url && specifier) throw new RequirementSyntaxError(`a URL requirement cannot have a version specifier: ${text}`);
  if (specifier && !isSpecifier(specifier)) throw new RequirementSyntaxError(`invalid version specifier "${specifier}": ${text}`);
  specifier = specifier.replace(/,+$/, "");
  return { name, key: normalizeName(name), extras, specifier, ...url ? { url } : {}, ...marker ? { marker } : {} };
}

// src/formats/lock/marker.ts
var TOKEN = /\s*(\(|\)|'[^']*'|"[^"]*"|===|==|!=|~=|<=|>=|<|>|not\s+in\b|in\b|and\b|or\b|[A-Za-z_][A-Za-z0-9_.]*)/y;
function tokenize2(text) {
  const out = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read the marker "${text}" at "${text.slice(pos)}"`);
    out.push(m[1].replace(/\s+/g, " "));
    pos = TOKEN.lastIndex;
  }
  return out;
}
function parseMarker2(text) {
  const toks = tokenize2(text);
  let i = 0;
  const fail = () => {
    throw new Error(`cannot read the marker "${text}"`);
  };
  const operand = () => {
    const t = toks[i++] ?? fail();
    if (t.startsWith("'") || t.startsWith('"')) return { str: t.slice(1, -1) };
    if (/^[A-Za-z_]/.test(t) && !["and", "or", "in", "not in"].includes(t)) return { var: t };
    return fail();
  };
  const primary = () => {
    if (toks[i] === "(") {
      i++;
      const m2 = orExpr();
      if (toks[i++] !== ")") fail();
      return m2;
    }
    const lhs = operand();
    const op = toks[i++] ?? fail();
    if (!["===", "==", "!=", "~=", "<=", ">=", "<", ">", "in", "not in"].includes(op)) fail();
    return { kind: "atom", lhs, op, rhs: operand() };
  };
  const andExpr = () => {
    const items = [primary()];
    while (toks[i] === "and") i++, items.push(primary());
    return items.length === 1 ? items[0] : { kind: "and", items };
  };
  const orExpr = () => {
    const items = [andExpr()];
    while (toks[i] === "or") i++, items.push(andExpr());
    return items.length === 1 ? items[0] : { kind: "or", items };
  };
  const m = orExpr();
  if (i !== toks.length) fail();
  return m;
}
function quote(s) {
  return s.includes('"') ? `'${s}'` : `"${s}"`;
}
function operandText(o) {
  return "var" in o ? o.var : quote(o.str);
}
function markerText(m) {
  switch (m.kind) {
    case "const":
      return m.value ? "" : 'python_version < "0"';
    case "atom":
      return `${operandText(m.lhs)} ${m.op} ${operandText(m.rhs)}`;
    case "and":
      return m.items.map((x) => x.kind === "or" ? `(${markerText(x)})` : markerText(x)).join(" and ");
    case "or":
      return m.items.map((x) => x.kind === "and" ? `(${markerText(x)})` : markerText(x)).join(" or ");
  }
}
var normalizeExtra = normalizeName;
function settleAtom(m, known) {
  const { lhs, op, rhs } = m;
  const extraSide = "var" in lhs && lhs.var === "extra" ? rhs : "var" in rhs && rhs.var === "extra" ? lhs : void 0;
  if (extraSide && "str" in extraSide && (op === "==" || op === "!=" || op === "===")) {
    const hit = known.extras.has(normalizeExtra(extraSide.str));
    return op === "!=" ? !hit : hit;
  }
  if ((op === "in" || op === "not in") && "str" in lhs && "var" in rhs) {
    const set = rhs.var === "extras" ? known.extras : rhs.var === "dependency_groups" ? known.groups : void 0;
    if (!set) return void 0;
    const hit = set.has(normalizeExtra(lhs.str));
    return op === "in" ? hit : !hit;
  }
  return void 0;
}
function settle(m, known) {
  if (m.kind === "const") return m;
  if (m.kind === "atom") {
    const v = settleAtom(m, known);
    return v === void 0 ? m : { kind: "const", value: v };
  }
  const items = [];
  const absorbing = m.kind === "or";
  const settled = m.items.map((i) => settle(i, known));
  if (settled.every((x, i) => x === m.items[i])) return m;
  for (const x of settled) {
    if (x.kind === "const") {
      if (x.value === absorbing) return x;
      continue;
    }
    items.push(x);
  }
  if (items.length === 0) return { kind: "const", value: !absorbing };
  return items.length === 1 ? items[0] : { kind: m.kind, items };
}
function settleText(text, known) {
  if (text === void 0 || !text.trim()) return void 0;
  const parsed = parseMarker2(text);
  const m = settle(parsed, known);
  if (m === parsed) return text.trim();
  if (m.kind === "const") return m.value ? void 0 : null;
  return markerText(m);
}
function allOf(parts) {
  const ps = [...new Set(parts.filter((p) => !!p && !!p.trim()))];
  if (ps.length <= 1) return ps[0];
  return ps.map((p) => `(${p})`).join(" and ");
}
function anyOf(parts) {
  if (parts.length === 0) return void 0;
  if (parts.some((p) => !p || !p.trim())) return void 0;
  const ps = [...new Set(parts)];
  if (ps.length === 1) return ps[0];
  return ps.map((p) => `(${p})`).join(" or ");
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/formats/lock/types.ts
import { createHash } from "node:crypto";
import fs4 from "node:fs";
import path5 from "node:path";
var INPUT = "requirements";
function fileError(file, what) {
  return new UserError(`requirements: ${path5.basename(file)} (${file}) ${what}`, INPUT);
}
function settleIn(file, what, marker, known) {
  try {
    return settleText(marker, known);
  } catch {
    throw fileError(file, `has ${what} with a marker that is not PEP 508: ${marker}`);
  }
}
function checkSelection(df, sel) {
  const extras = [...new Set(sel.extras.map(normalizeExtra))].sort();
  const groups = [...new Set(sel.groups.map(normalizeExtra))].sort();
  const name = path5.basename(df.file);
  const badE = extras.filter((e) => !df.extras.includes(e));
  if (badE.length)
    throw new UserError(
      `extras: ${badE.join(", ")} ${badE.length > 1 ? "are" : "is"} not an extra of ${name}; it offers ${df.extras.length ? df.extras.join(", ") : "none"}.`,
      "extras"
    );
  const badG = groups.filter((g) => !df.groups.includes(g));
  if (badG.length)
    throw new UserError(
      `groups: ${badG.join(", ")} ${badG.length > 1 ? "are" : "is"} not a dependency group of ${name}; it offers ${df.groups.length ? df.groups.join(", ") : "none"}.`,
      "groups"
    );
  return { extras, groups };
}
function splitUnindexed(file, pkgs, opts = {}) {
  const local = [];
  const bad = [];
  const packages = [];
  for (const p of pkgs) {
    if (p.source === "registry" && !p.version) throw fileError(file, `has ${p.name} from an index without a version: lock it again.`);
    if (p.source === "registry") packages.push(p);
    else if (opts.buildLocal && (p.source === "path" || p.source === "editable") && p.sourceDetail && !/\.(whl|zip|tar\.gz|tgz)$/.test(p.sourceDetail)) {
      const dir = path5.resolve(path5.dirname(file), p.sourceDetail);
      if (fs4.existsSync(dir) && fs4.statSync(dir).isDirectory()) local.push({ name: p.name, version: p.version, dir, editable: p.source === "editable" });
      else bad.push(p);
    } else bad.push(p);
  }
  if (bad.length) {
    const list = bad.map((p) => `${p.name}${p.version ? ` ${p.version}` : ""} (${p.source}${p.sourceDetail ? ` ${p.sourceDetail}` : ""})`).join(", ");
    const they = bad.length > 1 ? "them" : "it";
    throw fileError(file, `locks ${list}: only packages from an index${opts.buildLocal ? " or local project folders" : ""} can be installed into an FC layer; publish ${they} to an index (or vendor ${they} in your code) and lock again.`);
  }
  return { packages, local };
}
function wheelLine(wheel) {
  return `${wheel} --hash=sha256:${createHash("sha256").update(fs4.readFileSync(wheel)).digest("hex")}`;
}
function lockedLines(pkgs, warnings) {
  const withHashes = pkgs.filter((p) => p.hashes.length).length;
  const useHashes = withHashes === pkgs.length;
  if (withHashes && !useHashes) {
    const missing = pkgs.filter((p) => !p.hashes.length).map((p) => p.name);
    warnings.push(`${missing.join(", ")} ${missing.length > 1 ? "have" : "has"} no hashes in the lock, so nothing is hash-checked; lock with hashes to check every download.`);
  }
  return pkgs.map((p) => {
    let line = `${p.name}==${p.version}`;
    if (p.marker) line += ` ; ${p.marker}`;
    if (useHashes) line += p.hashes.map((h) => ` --hash=${h}`).join("");
    return line;
  });
}
function selected(kind, file, sel, picked, opts) {
  const { packages, local } = splitUnindexed(file, sortPackages(picked), opts);
  const warnings = [];
  const lines = lockedLines(packages, warnings);
  return { packages, local, lines, key: keyText(kind, sel, lines, local), warnings };
}
function keyText(kind, sel, lines, local = []) {
  const loc = local.map((l) => `local ${l.name}==${l.version} ${l.dir}`).sort();
  return [`kind=${kind}`, `extras=${sel.extras.join(",")}`, `groups=${sel.groups.join(",")}`, ...[...lines].sort(), ...loc].join("\n");
}
function sortPackages(pkgs) {
  return [...pkgs].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0);
}
function cleanHashes(hs) {
  return [...new Set(hs.filter((h) => !!h && /^[a-z0-9]+:[0-9a-fA-F]+$/.test(h)).map((h) => h.toLowerCase()))].sort();
}

// src/formats/lock/toml.ts
function parseToml(file, text) {
  try {
    return parse(text);
  } catch (e) {
    throw fileError(file, `is not valid TOML: ${errorMessage(e).split("\n")[0]}`);
  }
}
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function tableAt(v) {
  return isTable(v) ? v : {};
}
function arrayAt(v) {
  return Array.isArray(v) ? v : [];
}
function strAt(v) {
  return typeof v === "string" ? v : void 0;
}

// src/formats/pyproject.ts
function parseRequirement2(text) {
  try {
    const r = parseRequirement(text);
    return { name: r.key, extras: [...r.extras].sort(), specifier: r.specifier, url: r.url, marker: r.marker, text: text.trim() };
  } catch (e) {
    if (e instanceof RequirementSyntaxError || e instanceof MarkerSyntaxError) return void 0;
    throw e;
  }
}
function strings(file, where, v) {
  if (v === void 0) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw fileError(file, `has a ${where} that is not a list of requirement strings.`);
  return v;
}
function resolveGroups(file, raw) {
  const byNorm = new Map(Object.entries(raw).map(([k, v]) => [normalizeExtra(k), v]));
  const out = {};
  const visit = (g, stack) => {
    if (stack.includes(g)) throw fileError(file, `has a [dependency-groups] cycle: ${[...stack, g].join(" -> ")}.`);
    const items = byNorm.get(g);
    if (items === void 0) throw fileError(file, `includes the dependency group "${g}", which [dependency-groups] does not define.`);
    const reqs = [];
    for (const it of arrayAt(items)) {
      if (typeof it === "string") reqs.push(it);
      else if (isTable(it) && typeof it["include-group"] === "string") reqs.push(...visit(normalizeExtra(it["include-group"]), [...stack, g]));
      else throw fileError(file, `has an entry in dependency group "${g}" that is neither a requirement nor {include-group = ...}.`);
    }
    return reqs;
  };
  for (const g of byNorm.keys()) out[g] = visit(g, []);
  return out;
}
function parsePyproject(file, text) {
  const data = parseToml(file, text);
  const project = tableAt(data.project);
  const tool = tableAt(data.tool);
  const optional = {};
  for (const [k, v] of Object.entries(tableAt(project["optional-dependencies"]))) optional[normalizeExtra(k)] = strings(file, `[project.optional-dependencies] ${k}`, v);
  const groups = resolveGroups(file, tableAt(data["dependency-groups"]));
  const uvDev = tableAt(tool.uv)["dev-dependencies"];
  if (uvDev !== void 0) groups.dev = [...groups.dev ?? [], ...strings(file, "[tool.uv] dev-dependencies", uvDev)];
  const poetryDeps = Object.keys(tableAt(tableAt(tool.poetry).dependencies)).filter((k) => k.toLowerCase() !== "python");
  return {
    file,
    data,
    name: strAt(project.name) ?? strAt(tableAt(tool.poetry).name),
    dependencies: strings(file, "[project] dependencies", project.dependencies),
    optional,
    groups,
    poetryDependencies: poetryDeps.length > 0,
    dynamicDependencies: arrayAt(project.dynamic).includes("dependencies"),
    hasProject: isTable(data.project)
  };
}
function readPyprojectFile(file) {
  return parsePyproject(file, fs5.readFileSync(file, "utf8"));
}
function pyprojectDependencies(p) {
  if (p.poetryDependencies && !p.dependencies.length)
    throw fileError(
      p.file,
      "declares its dependencies in [tool.poetry.dependencies], whose constraint syntax pip does not read, and there is no poetry.lock beside it. Run `poetry lock` and commit poetry.lock (or set requirements to a requirements file)."
    );
  if (!p.hasProject && !p.poetryDependencies && !Object.keys(p.groups).length)
    throw fileError(p.file, "has no [project] table, so it declares no dependencies: add [project] dependencies, or set requirements to your requirements file or lock.");
  if (p.dynamicDependencies)
    throw fileError(p.file, "lists dependencies in [project] dynamic, so they are not in the file: lock them (uv lock, poetry lock) or write a requirements.txt, and point requirements at it.");
  const self = p.name ? normalizeName(p.name) : void 0;
  const expand = (reqs, where, seen) => reqs.flatMap((r) => {
    const req = parseRequirement2(r);
    if (!req) throw fileError(p.file, `has "${r}" in ${where}, which is not a PEP 508 requirement.`);
    if (req.name !== self) return [req.text];
    return req.extras.filter((e) => !seen.has(e)).flatMap((e) => expand(p.optional[e] ?? [], `extra ${e}`, /* @__PURE__ */ new Set([...seen, e])));
  });
  const df = {
    file: p.file,
    kind: "pyproject.toml",
    locked: false,
    packages: [],
    extras: Object.keys(p.optional).sort(),
    groups: Object.keys(p.groups).sort(),
    warnings: [],
    select(sel) {
      const s = checkSelection(df, sel);
      const lines = [
        ...expand(p.dependencies, "[project] dependencies", /* @__PURE__ */ new Set()),
        ...s.extras.flatMap((e) => expand(p.optional[e], `extra ${e}`, /* @__PURE__ */ new Set([e]))),
        ...s.groups.flatMap((g) => expand(p.groups[g], `group ${g}`, /* @__PURE__ */ new Set()))
      ];
      const uniq = [...new Set(lines)];
      return { packages: [], local: [], lines: uniq, key: keyText("pyproject.toml", s, uniq), warnings: [] };
    }
  };
  return df;
}

// src/formats/lock/pipfile.ts
function entry(name, e) {
  let source = "registry";
  let detail;
  if (typeof e.git === "string" || typeof e.hg === "string" || typeof e.svn === "string") source = "vcs", detail = String(e.git ?? e.hg ?? e.svn);
  else if (typeof e.path === "string") source = e.editable === true ? "editable" : "path", detail = e.path;
  else if (typeof e.file === "string") source = "url", detail = e.file;
  if (e.editable === true && source === "registry") source = "editable";
  const version = typeof e.version === "string" ? e.version.replace(/^===?/, "") : "";
  const hashes = cleanHashes(Array.isArray(e.hashes) ? e.hashes.map(String) : []);
  const marker = typeof e.markers === "string" && e.markers.trim() ? e.markers.trim() : void 0;
  return { name: normalizeName(name), version, hashes, source, ...detail ? { sourceDetail: detail } : {}, ...marker ? { marker } : {} };
}
function readPipfileLock(file, text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw fileError(file, `is not valid JSON: ${errorMessage(e)}`);
  }
  if (typeof doc !== "object" || doc === null || typeof doc._meta !== "object") throw fileError(file, "has no _meta section: it is not a Pipfile.lock. Run `pipenv lock`.");
  const sections = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(doc)) {
    if (k === "_meta" || typeof v !== "object" || v === null) continue;
    const group = k === "default" ? "default" : k === "develop" ? "dev" : normalizeExtra(k);
    sections.set(group, Object.entries(v).map(([n, e]) => entry(n, e ?? {})));
  }
  const df = {
    file,
    kind: "Pipfile.lock",
    locked: true,
    packages: sortPackages([...sections.values()].flat()),
    extras: [],
    groups: [...sections.keys()].filter((g) => g !== "default").sort(),
    warnings: [],
    select(sel, opts) {
      const s = checkSelection(df, sel);
      const byName = /* @__PURE__ */ new Map();
      for (const g of ["default", ...s.groups])
        for (const p of sections.get(g) ?? []) {
          const prev = byName.get(p.name);
          if (prev && prev.version !== p.version) throw fileError(file, `locks ${p.name} at ${prev.version} in default and ${p.version} in ${g}: lock them together (\`pipenv lock\`).`);
          if (!prev) byName.set(p.name, p);
        }
      return selected("Pipfile.lock", file, s, [...byName.values()], opts);
    }
  };
  return df;
}

// src/formats/lock/graph.ts
function reach(graph, roots) {
  const conds = /* @__PURE__ */ new Map();
  const queue = [];
  const add = (node, path60) => {
    const cur = conds.get(node) ?? [];
    const set = new Set(path60);
    if (cur.some((c) => c.every((m) => set.has(m)))) return;
    conds.set(node, [...cur.filter((c) => !path60.every((m) => c.includes(m))), path60]);
    queue.push({ node, path: path60 });
  };
  const follow = (e, path60) => {
    const next = e.marker && !path60.includes(e.marker) ? [...path60, e.marker].sort() : path60;
    add(e.to, next);
    for (const x of e.also ?? []) add(x, next);
  };
  for (const r of roots) follow(r, []);
  while (queue.length) {
    const { node, path: path60 } = queue.shift();
    if (!conds.get(node)?.includes(path60)) continue;
    for (const e of graph.get(node) ?? []) follow(e, path60);
  }
  const out = /* @__PURE__ */ new Map();
  for (const [node, paths] of conds) out.set(node, anyOf(paths.map((p) => allOf(p)).sort()));
  return out;
}

// src/formats/lock/poetry-hash.ts
import { createHash as createHash2 } from "node:crypto";
function pyString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (c < 32 || c > 126) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + '"';
}
function pythonJson(v) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return Number.isInteger(v) && !Object.is(v, -0) ? String(v) : Number.isFinite(v) ? Number.isInteger(v) ? `${v}.0` : String(v) : v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
  if (typeof v === "string") return pyString(v);
  if (Array.isArray(v)) return `[${v.map(pythonJson).join(", ")}]`;
  if (v instanceof Date || typeof v === "object" && typeof v.toISOString === "function") return pyString(String(v));
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${pyString(k)}: ${pythonJson(v[k])}`).join(", ")}}`;
}
var LEGACY = ["dependencies", "source", "extras", "dev-dependencies"];
var RELEVANT = [...LEGACY, "group"];
var PROJECT = ["requires-python", "dependencies", "optional-dependencies"];
function poetryContentHashes(pyproject) {
  const project = tableAt(pyproject.project);
  const poetry = tableAt(tableAt(pyproject.tool).poetry);
  const rp = {};
  for (const k of PROJECT) if (project[k] !== void 0) rp[k] = project[k];
  const hasProject = Object.keys(rp).length > 0;
  const rt = {};
  for (const k of RELEVANT) {
    const v = poetry[k];
    if (v === void 0 && (!LEGACY.includes(k) || hasProject)) continue;
    rt[k] = v ?? null;
  }
  const sha = (x) => createHash2("sha256").update(pythonJson(x)).digest("hex");
  if (!hasProject) return [sha(rt)];
  const base = { project: rp, tool: { poetry: rt } };
  const out = [sha(base)];
  const groups = pyproject["dependency-groups"];
  if (isTable(groups) && Object.keys(groups).length) out.push(sha({ ...base, "dependency-groups": groups }));
  return out;
}

// src/formats/lock/poetry.ts
function sourceOf(raw) {
  const s = tableAt(raw.source);
  const type = strAt(s.type);
  const url = strAt(s.url);
  if (!type || type === "legacy") return { kind: "registry" };
  if (type === "git") return { kind: "vcs", detail: url };
  if (type === "directory" || type === "file") return { kind: raw.develop === true ? "editable" : "path", detail: url };
  return { kind: "url", detail: url };
}
function versionOf(v) {
  return String(v ?? "1.0").split(".").map((x) => Number.parseInt(x, 10) || 0);
}
function fileHashes(files) {
  return arrayAt(files).map((f) => typeof f === "string" ? f : strAt(tableAt(f).hash)).map((h) => h && /^[0-9a-f]{64}$/i.test(h) ? `sha256:${h}` : h);
}
function specs(v) {
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => {
    const t = isTable(x) ? x : {};
    const marker = strAt(t.markers);
    return { ...marker ? { marker } : {}, optional: t.optional === true, extras: arrayAt(t.extras).map((e) => normalizeExtra(String(e))) };
  });
}
function readPoetryLock(file, text, pyproject) {
  const doc = parseToml(file, text);
  const meta = tableAt(doc.metadata);
  const [major = 0, minor = 0] = versionOf(meta["lock-version"]);
  if (major < 1 || major > 2) throw fileError(file, `has lock-version ${String(meta["lock-version"])}; this reads 1.x and 2.x. Run \`poetry lock\` with Poetry 2.`);
  const v21 = major > 2 || major === 2 && minor >= 1;
  const metaFiles = tableAt(meta.files);
  const metaHashes = tableAt(meta.hashes);
  const entries = arrayAt(doc.package).map((raw) => {
    if (!isTable(raw) || typeof raw.name !== "string") throw fileError(file, "has a [[package]] without a name.");
    const src = sourceOf(raw);
    const files = raw.files ?? metaFiles[raw.name] ?? metaHashes[raw.name];
    const name = normalizeName(raw.name);
    const version = strAt(raw.version) ?? "";
    return {
      id: `${name} ${version}`,
      raw,
      groups: arrayAt(raw.groups).map((g) => normalizeExtra(String(g))),
      pkg: { name, version, hashes: cleanHashes(fileHashes(files)), source: src.kind, ...src.detail ? { sourceDetail: src.detail } : {} }
    };
  });
  const warnings = [];
  const recorded2 = strAt(meta["content-hash"]);
  if (pyproject && recorded2 && !poetryContentHashes(pyproject.data).includes(recorded2))
    warnings.push("poetry.lock is stale: its content-hash does not match pyproject.toml (the dependencies changed since it was locked). Run `poetry lock` and commit poetry.lock.");
  const lockExtras = tableAt(doc.extras);
  const poetry = tableAt(tableAt(pyproject?.data.tool).poetry);
  const extras = [...new Set([...Object.keys(lockExtras), ...Object.keys(pyproject?.optional ?? {}), ...Object.keys(tableAt(poetry.extras))].map(normalizeExtra))].sort();
  const groupSet = new Set([...entries.flatMap((e) => e.groups), ...Object.keys(tableAt(poetry.group)), ...Object.keys(pyproject?.groups ?? {})].map(normalizeExtra));
  if (poetry["dev-dependencies"] !== void 0 || !v21 && entries.some((e) => e.raw.category === "dev")) groupSet.add("dev");
  groupSet.delete("main");
  const groups = [...groupSet].sort();
  const df = {
    file,
    kind: "poetry.lock",
    locked: true,
    packages: sortPackages(entries.map((e) => e.pkg)),
    extras,
    groups,
    warnings,
    select(sel, opts) {
      const s = checkSelection(df, sel);
      const known = { extras: new Set(s.extras) };
      if (v21) {
        const active = /* @__PURE__ */ new Set(["main", ...s.groups]);
        const picked2 = [];
        for (const e of entries) {
          const hit = e.groups.filter((g) => active.has(g));
          if (!hit.length) continue;
          const m = e.raw.markers;
          const perGroup = hit.map((g) => settleIn(file, e.pkg.name, typeof m === "string" ? m : isTable(m) ? strAt(m[g]) : void 0, known));
          const live2 = perGroup.filter((x) => x !== null);
          if (!live2.length) continue;
          const marker = anyOf(live2);
          picked2.push({ ...e.pkg, ...marker ? { marker } : {} });
        }
        return selected("poetry.lock", file, s, picked2, opts);
      }
      if (!pyproject) throw fileError(file, `has lock-version ${String(meta["lock-version"])}, which records no groups: put pyproject.toml beside it, or run \`poetry lock\` with Poetry 2 for lock-version 2.1.`);
      const { graph, byId } = poetryGraph(file, entries);
      const reached = reach(graph, poetryRoots(entries, pyproject, s));
      const picked = [];
      for (const [id, cond] of reached) {
        const e = byId.get(id);
        if (!e) continue;
        const marker = settleIn(file, e.pkg.name, allOf([cond, strAt(e.raw.marker)]), known);
        if (marker !== null) picked.push({ ...e.pkg, ...marker ? { marker } : {} });
      }
      return selected("poetry.lock", file, s, picked, opts);
    }
  };
  return df;
}
function poetryGraph(file, entries) {
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) byName.set(e.pkg.name, [...byName.get(e.pkg.name) ?? [], e]);
  const graph = /* @__PURE__ */ new Map();
  const edgesTo = (from, name, spec) => {
    const targets = byName.get(normalizeName(name));
    if (!targets) throw fileError(file, `has ${from} depending on ${name}, which the lock does not hold: run \`poetry lock\`.`);
    return targets.map((t) => {
      const also = spec.extras.map((x) => `${t.id}[${x}]`);
      return { to: t.id, ...spec.marker ? { marker: spec.marker } : {}, ...also.length ? { also } : {} };
    });
  };
  for (const e of entries) {
    const deps = tableAt(e.raw.dependencies);
    const out = [];
    const optional = /* @__PURE__ */ new Map();
    for (const [name, v] of Object.entries(deps))
      for (const sp of specs(v)) {
        const edges = edgesTo(e.id, name, sp);
        if (sp.optional) optional.set(normalizeName(name), [...optional.get(normalizeName(name)) ?? [], ...edges]);
        else out.push(...edges);
      }
    graph.set(e.id, out);
    for (const [x, reqs] of Object.entries(tableAt(e.raw.extras))) {
      const edges = arrayAt(reqs).flatMap((r) => {
        const name = normalizeName(String(r).split(/[\s[(<>=!~;]/)[0]);
        const req = parseRequirement2(String(r).replace(/\s*\((.*)\)/, "$1"));
        const viaOptional = optional.get(name);
        if (viaOptional) return viaOptional.map((ed) => ({ ...ed, also: [...ed.also ?? [], ...(req?.extras ?? []).map((xx) => `${ed.to}[${xx}]`)] }));
        return byName.has(name) ? edgesTo(e.id, name, { ...req?.marker ? { marker: req.marker } : {}, extras: req?.extras ?? [] }) : [];
      });
      graph.set(`${e.id}[${normalizeExtra(x)}]`, edges);
    }
  }
  return { graph, byId: new Map(entries.map((e) => [e.id, e])) };
}
function poetryRoots(entries, p, s) {
  const names2 = new Set(entries.map((e) => e.pkg.name));
  const byName = new Map(entries.map((e) => [e.pkg.name, e]));
  const roots = [];
  const fromPep508 = (texts) => {
    for (const t of texts) {
      const r = parseRequirement2(t);
      if (!r || !names2.has(r.name)) continue;
      const id = byName.get(r.name).id;
      roots.push({ to: id, ...r.marker && !/\bextra\b/.test(r.marker) ? { marker: r.marker } : {}, ...r.extras.length ? { also: r.extras.map((x) => `${id}[${x}]`) } : {} });
    }
  };
  const fromPoetry = (deps, include) => {
    for (const [name, v] of Object.entries(deps)) {
      const n = normalizeName(name);
      if (n === "python" || !names2.has(n)) continue;
      for (const sp of specs(v)) {
        if (!include(n, sp.optional)) continue;
        const id = byName.get(n).id;
        roots.push({ to: id, ...sp.marker ? { marker: sp.marker } : {}, ...sp.extras.length ? { also: sp.extras.map((x) => `${id}[${x}]`) } : {} });
      }
    }
  };
  const poetry = tableAt(tableAt(p.data.tool).poetry);
  fromPep508(p.dependencies);
  for (const x of s.extras) fromPep508(p.optional[x] ?? []);
  const chosenOptional = new Set(
    Object.entries(tableAt(poetry.extras)).filter(([x]) => s.extras.includes(normalizeExtra(x))).flatMap(([, ns]) => arrayAt(ns).map((n) => normalizeName(String(n))))
  );
  fromPoetry(tableAt(poetry.dependencies), (n, optional) => !optional || chosenOptional.has(n));
  for (const [g, t] of Object.entries(tableAt(poetry.group))) if (s.groups.includes(normalizeExtra(g))) fromPoetry(tableAt(tableAt(t).dependencies), () => true);
  if (s.groups.includes("dev")) fromPoetry(tableAt(poetry["dev-dependencies"]), () => true);
  for (const g of s.groups) fromPep508(p.groups[g] ?? []);
  return roots;
}

// src/formats/lock/pylock.ts
function hashesOf(t) {
  return Object.entries(tableAt(tableAt(t).hashes)).map(([algo, hex]) => `${algo}:${String(hex)}`);
}
function sourceOf2(p) {
  if (isTable(p.vcs)) return { kind: "vcs", detail: strAt(p.vcs.url) ?? strAt(p.vcs.path) };
  if (isTable(p.directory)) return { kind: p.directory.editable === true ? "editable" : "path", detail: strAt(p.directory.path) };
  if (isTable(p.archive)) return { kind: strAt(p.archive.path) ? "path" : "url", detail: strAt(p.archive.url) ?? strAt(p.archive.path) };
  return { kind: "registry" };
}
function readPylock(file, text) {
  const doc = parseToml(file, text);
  const lv = strAt(doc["lock-version"]);
  if (!lv || !/^1(\.|$)/.test(lv)) throw fileError(file, `has lock-version ${lv ?? "(none)"}; this reads PEP 751 lock-version 1.x.`);
  const entries = arrayAt(doc.packages).map((raw) => {
    if (!isTable(raw) || typeof raw.name !== "string") throw fileError(file, "has a [[packages]] entry without a name.");
    const src = sourceOf2(raw);
    const hashes = cleanHashes([...hashesOf(raw.sdist), ...arrayAt(raw.wheels).flatMap(hashesOf), ...isTable(raw.archive) ? hashesOf(raw.archive) : []]);
    const pkg = { name: normalizeName(raw.name), version: strAt(raw.version) ?? "", hashes, source: src.kind, ...src.detail ? { sourceDetail: src.detail } : {} };
    const marker = strAt(raw.marker);
    return { pkg, marker };
  });
  const defaults = arrayAt(doc["default-groups"]).map((g) => normalizeExtra(String(g)));
  const df = {
    file,
    kind: "pylock.toml",
    locked: true,
    packages: sortPackages(entries.map((e) => e.marker ? { ...e.pkg, marker: e.marker } : e.pkg)),
    extras: arrayAt(doc.extras).map((x) => normalizeExtra(String(x))).sort(),
    groups: arrayAt(doc["dependency-groups"]).map((x) => normalizeExtra(String(x))).filter((g) => !defaults.includes(g)).sort(),
    warnings: [],
    select(sel, opts) {
      const s = checkSelection(df, sel);
      const known = { extras: new Set(s.extras), groups: /* @__PURE__ */ new Set([...defaults, ...s.groups]) };
      const picked = [];
      for (const e of entries) {
        const marker = settleIn(file, `package ${e.pkg.name}`, e.marker, known);
        if (marker !== null) picked.push({ ...e.pkg, ...marker ? { marker } : {} });
      }
      return selected("pylock.toml", file, s, picked, opts);
    }
  };
  return df;
}

// src/formats/lock/requirements.ts
function logicalLines(text) {
  return text.replace(/\\\r?\n/g, " ").split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, "").trim()).filter(Boolean);
}
function readRequirementsTxt(file, text) {
  const packages = [];
  for (const line of logicalLines(text)) {
    if (line.startsWith("-")) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,]+)\s*(?:;\s*([^-]*?))?\s*(?:\s--|$)/.exec(line);
    const hashes = [...line.matchAll(/--hash[=\s]+([a-z0-9]+:[0-9a-fA-F]+)/g)].map((h) => h[1].toLowerCase()).sort();
    const name = m?.[1] ?? /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (!name) continue;
    packages.push({ name: normalizeName(name), version: m?.[2] ?? "", hashes, source: "registry", ...m?.[3]?.trim() ? { marker: m[3].trim() } : {} });
  }
  const hashed = packages.length > 0 && packages.every((p) => p.hashes.length && p.version);
  const df = {
    file,
    kind: "requirements.txt",
    locked: false,
    packages,
    extras: [],
    groups: [],
    warnings: [],
    select(sel) {
      const s = checkSelection(df, sel);
      const lines = [`-r ${file}`];
      return { packages, local: [], lines, key: keyText("requirements.txt", s, [`hashed=${hashed}`, ...logicalLines(text)]), warnings: [] };
    }
  };
  return df;
}

// src/formats/lock/uv.ts
function sourceOf3(src) {
  if (typeof src.registry === "string") return { kind: "registry" };
  if (typeof src.virtual === "string") return { kind: "virtual", detail: src.virtual };
  if (typeof src.editable === "string") return { kind: "editable", detail: src.editable };
  if (typeof src.git === "string") return { kind: "vcs", detail: src.git };
  if (typeof src.url === "string") return { kind: "url", detail: src.url };
  for (const k of ["path", "directory"]) if (typeof src[k] === "string") return { kind: "path", detail: src[k] };
  return { kind: "registry" };
}
function readUvLock(file, text, pyproject, member) {
  const doc = parseToml(file, text);
  if (doc.version !== 1) throw fileError(file, `has lock version ${String(doc.version)}; this reads uv.lock version 1. Lock again with a current uv.`);
  const entries = [];
  for (const raw of arrayAt(doc.package)) {
    if (!isTable(raw) || typeof raw.name !== "string") throw fileError(file, "has a [[package]] without a name.");
    const src = sourceOf3(tableAt(raw.source));
    const version = strAt(raw.version) ?? "";
    const hashes = cleanHashes([strAt(tableAt(raw.sdist).hash), ...arrayAt(raw.wheels).map((w) => strAt(tableAt(w).hash))]);
    const name = normalizeName(raw.name);
    const isRoot = (src.kind === "virtual" || src.kind === "editable") && src.detail === (member ?? ".");
    entries.push({ id: `${name} ${version}`, raw, isRoot, pkg: { name, version, hashes, source: isRoot ? "root" : src.kind, ...src.detail ? { sourceDetail: src.detail } : {} } });
  }
  const want = pyproject?.name ? normalizeName(pyproject.name) : void 0;
  const root = entries.find((e) => e.isRoot && (!want || e.pkg.name === want)) ?? entries.find((e) => e.isRoot);
  if (!root && member) throw fileError(file, `has no entry for the workspace member ${member} (a package with source editable or virtual "${member}"): run \`uv lock\` at the workspace root and commit uv.lock.`);
  if (!root) throw fileError(file, 'has no project entry (a package with source virtual or editable "."): lock it with `uv lock` in the project folder.');
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) byName.set(e.pkg.name, [...byName.get(e.pkg.name) ?? [], e]);
  const edge = (from, d) => {
    const t = tableAt(d);
    const name = normalizeName(strAt(t.name) ?? "");
    const cands = byName.get(name) ?? [];
    const version = strAt(t.version);
    const target = version ? cands.find((c) => c.pkg.version === version) : cands[0];
    if (!target || !version && cands.length > 1) throw fileError(file, `has ${from} depending on ${name}${version ? ` ${version}` : ""}, which the lock does not hold unambiguously.`);
    const marker = strAt(t.marker);
    if (marker) settleIn(file, `${from} -> ${name}`, marker, { extras: /* @__PURE__ */ new Set() });
    const also = arrayAt(t.extra).map((x) => `${target.id}[${normalizeExtra(String(x))}]`);
    return { to: target.id, ...marker ? { marker } : {}, ...also.length ? { also } : {} };
  };
  const graph = /* @__PURE__ */ new Map();
  for (const e of entries) {
    graph.set(e.id, arrayAt(e.raw.dependencies).map((d) => edge(e.id, d)));
    for (const [x, deps] of Object.entries(tableAt(e.raw["optional-dependencies"]))) graph.set(`${e.id}[${normalizeExtra(x)}]`, arrayAt(deps).map((d) => edge(e.id, d)));
  }
  const optional = tableAt(root.raw["optional-dependencies"]);
  const dev = tableAt(root.raw["dev-dependencies"]);
  const extras = Object.keys(optional).map(normalizeExtra).sort();
  const groups = Object.keys(dev).map(normalizeExtra).sort();
  const warnings = pyproject ? staleUv(root.raw, pyproject) : [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const df = {
    file,
    kind: "uv.lock",
    locked: true,
    packages: sortPackages(entries.map((e) => e.pkg)),
    extras,
    groups,
    warnings,
    select(sel, opts) {
      const s = checkSelection(df, sel);
      const roots = [...graph.get(root.id) ?? []];
      for (const [x, deps] of Object.entries(optional)) if (s.extras.includes(normalizeExtra(x))) roots.push(...arrayAt(deps).map((d) => edge(root.id, d)));
      for (const [g, deps] of Object.entries(dev)) if (s.groups.includes(normalizeExtra(g))) roots.push(...arrayAt(deps).map((d) => edge(root.id, d)));
      const n = root.pkg.name;
      const known = { extras: /* @__PURE__ */ new Set([...s.extras.map((x) => `extra-${n.length}-${n}-${x}`), ...s.groups.map((g) => `group-${n.length}-${n}-${g}`)]) };
      const picked = [];
      for (const [id, cond] of reach(graph, roots)) {
        const e = byId.get(id);
        if (!e || e.isRoot) continue;
        const marker = settleIn(file, e.pkg.name, cond, known);
        if (marker === null) continue;
        picked.push({ ...e.pkg, ...marker ? { marker } : {} });
      }
      return selected("uv.lock", file, s, picked, opts);
    }
  };
  return df;
}
function reqKey(name, extras, specifier, extra) {
  const spec = specifier.replace(/\s+/g, "").split(",").filter(Boolean).sort().join(",");
  return `${normalizeName(name)}${extras.length ? `[${[...extras].map(normalizeExtra).sort().join(",")}]` : ""}${spec}${extra ? ` @${extra}` : ""}`;
}
function extraOf(marker) {
  const m = marker && /\bextra\s*==\s*['"]([^'"]+)['"]/.exec(marker);
  return m ? normalizeExtra(m[1]) : void 0;
}
function staleUv(root, p) {
  const meta = tableAt(root.metadata);
  if (!("requires-dist" in meta) && !("requires-dev" in meta)) return [];
  const recorded2 = /* @__PURE__ */ new Set();
  for (const r of arrayAt(meta["requires-dist"])) {
    const t = tableAt(r);
    const spec = strAt(t.specifier) ?? strAt(t.url) ?? strAt(t.path) ?? strAt(t.git) ?? "";
    recorded2.add(reqKey(strAt(t.name) ?? "", arrayAt(t.extras).map(String), spec, extraOf(strAt(t.marker))));
  }
  for (const [g, reqs] of Object.entries(tableAt(meta["requires-dev"])))
    for (const r of arrayAt(reqs)) {
      const t = tableAt(r);
      recorded2.add(reqKey(strAt(t.name) ?? "", arrayAt(t.extras).map(String), strAt(t.specifier) ?? strAt(t.url) ?? "", `group:${normalizeExtra(g)}`));
    }
  const declared = /* @__PURE__ */ new Set();
  const add = (texts, tag) => {
    for (const t of texts) {
      const r = parseRequirement2(t);
      if (r) declared.add(reqKey(r.name, r.extras, r.specifier || r.url || "", tag ?? extraOf(r.marker)));
    }
  };
  add(p.dependencies);
  for (const [x, reqs] of Object.entries(p.optional)) add(reqs, x);
  if ("requires-dev" in meta) for (const [g, reqs] of Object.entries(p.groups)) add(reqs, `group:${g}`);
  const gone = [...recorded2].filter((k) => !declared.has(k));
  const added = [...declared].filter((k) => !recorded2.has(k));
  if (!gone.length && !added.length) return [];
  const parts = [added.length ? `pyproject.toml declares ${added.join(", ")}` : "", gone.length ? `the lock records ${gone.join(", ")}` : ""].filter(Boolean);
  return [`uv.lock is stale: ${parts.join("; ")}. Run \`uv lock\` and commit uv.lock.`];
}

// src/formats/lock/workspace.ts
import fs6 from "node:fs";
import path6 from "node:path";
var isFile = (p) => fs6.existsSync(p) && fs6.statSync(p).isFile();
function globRegex(glob) {
  const g = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*" && g[i + 1] === "*") {
      re += ".*";
      i++;
      if (g[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function findUvWorkspace(dir) {
  const member = path6.resolve(dir);
  for (let cur = path6.dirname(member); ; cur = path6.dirname(cur)) {
    const pyproject = path6.join(cur, "pyproject.toml");
    if (isFile(pyproject)) {
      let ws;
      try {
        ws = tableAt(tableAt(tableAt(parse(fs6.readFileSync(pyproject, "utf8"))).tool).uv).workspace;
      } catch {
        ws = void 0;
      }
      if (ws !== void 0) {
        const rel = path6.relative(cur, member).split(path6.sep).join("/");
        const globs = (key) => arrayAt(tableAt(ws)[key]).filter((g) => typeof g === "string");
        const included = globs("members").some((g) => globRegex(g).test(rel)) && !globs("exclude").some((g) => globRegex(g).test(rel));
        if (!included) return void 0;
        const lock = path6.join(cur, "uv.lock");
        return { root: cur, member: rel, ...isFile(lock) ? { lock } : {} };
      }
    }
    if (path6.dirname(cur) === cur) return void 0;
  }
}

// src/formats/lock/index.ts
var DETECTION_ORDER = [
  { file: "uv.lock", kind: "uv.lock" },
  { file: "poetry.lock", kind: "poetry.lock" },
  { file: "pylock.toml", kind: "pylock.toml" },
  { file: "pylock.<name>.toml", kind: "pylock.toml" },
  { file: "Pipfile.lock", kind: "Pipfile.lock" },
  { file: "requirements.txt", kind: "requirements.txt" },
  { file: "pyproject.toml", kind: "pyproject.toml" }
];
var PYLOCK_NAMED = /^pylock\.([^.]+)\.toml$/;
function kindOf(file) {
  const base = path7.basename(file);
  if (base === "uv.lock" || base === "poetry.lock" || base === "Pipfile.lock" || base === "pyproject.toml") return base;
  if (base === "pylock.toml" || PYLOCK_NAMED.test(base)) return "pylock.toml";
  if (base.endsWith(".txt")) return "requirements.txt";
  return void 0;
}
var ACCEPTED = "requirements*.txt, pyproject.toml, uv.lock, poetry.lock, Pipfile.lock, pylock.toml or pylock.<name>.toml";
function findDependencyFile(workingDirectory, requirements) {
  if (requirements && requirements.trim()) {
    const file = path7.resolve(workingDirectory, requirements.trim());
    if (!kindOf(file)) throw new UserError(`requirements: ${requirements} is not a file kind this reads; give one of ${ACCEPTED}.`, INPUT);
    if (!fs7.existsSync(file) || !fs7.statSync(file).isFile()) throw new UserError(`requirements: ${requirements} does not exist in working-directory (${workingDirectory}); fix the path, or leave requirements unset to look for ${ACCEPTED}.`, INPUT);
    return { file, also: [] };
  }
  const names2 = fs7.existsSync(workingDirectory) ? fs7.readdirSync(workingDirectory) : [];
  const found = [];
  for (const { file } of DETECTION_ORDER) {
    if (file === "pylock.<name>.toml") {
      const named = names2.filter((n) => PYLOCK_NAMED.test(n)).sort();
      if (named.length > 1 && !found.length)
        throw new UserError(`requirements: working-directory holds ${named.join(", ")}; set requirements to the one to build from.`, INPUT);
      found.push(...named);
    } else if (names2.includes(file) && fs7.statSync(path7.join(workingDirectory, file)).isFile()) found.push(file);
  }
  if (!found.length) throw new UserError(`requirements: working-directory (${workingDirectory}) holds none of ${ACCEPTED}; add one, or set requirements to its path.`, INPUT);
  return { file: path7.join(workingDirectory, found[0]), also: found.slice(1) };
}
var fsSibling = (file) => (name) => {
  const p = path7.join(path7.dirname(file), name);
  return fs7.existsSync(p) && fs7.statSync(p).isFile() ? fs7.readFileSync(p, "utf8") : void 0;
};
function parseDependencyText(file, text, sibling) {
  const kind = kindOf(file);
  const beside = (name) => path7.join(path7.dirname(file), name);
  const pyproject = () => {
    const t = sibling("pyproject.toml");
    return t === void 0 ? void 0 : parsePyproject(beside("pyproject.toml"), t);
  };
  switch (kind) {
    case "uv.lock":
      return readUvLock(file, text, pyproject());
    case "poetry.lock":
      return readPoetryLock(file, text, pyproject());
    case "Pipfile.lock":
      return readPipfileLock(file, text);
    case "pylock.toml":
      return readPylock(file, text);
    case "requirements.txt":
      return readRequirementsTxt(file, text);
    case "pyproject.toml": {
      const p = parsePyproject(file, text);
      const lock = sibling("poetry.lock");
      if (p.poetryDependencies && !p.dependencies.length && lock !== void 0) return readPoetryLock(beside("poetry.lock"), lock, p);
      return pyprojectDependencies(p);
    }
    default:
      throw new UserError(`requirements: ${path7.basename(file)} is not a file kind this reads; give one of ${ACCEPTED}.`, INPUT);
  }
}
function readDependencyFile(file) {
  return parseDependencyText(file, fs7.readFileSync(file, "utf8"), fsSibling(file));
}
function loadDependencies(workingDirectory, requirements) {
  const { file, also } = findDependencyFile(workingDirectory, requirements);
  if (!requirements?.trim() && path7.basename(file) === "pyproject.toml") {
    const ws = findUvWorkspace(workingDirectory);
    if (ws?.lock) {
      const member = parsePyproject(file, fs7.readFileSync(file, "utf8"));
      const df = readUvLock(ws.lock, fs7.readFileSync(ws.lock, "utf8"), member, ws.member);
      return Object.assign(df, { also: [], workspace: { root: ws.root, member: ws.member } });
    }
  }
  return Object.assign(readDependencyFile(file), { also });
}
function summaryLine(df, sel, workingDirectory) {
  const name = workingDirectory ? path7.relative(workingDirectory, df.file) || path7.basename(df.file) : path7.basename(df.file);
  const n = df.locked ? sel.packages.length + sel.local.length : sel.lines.length;
  const what = df.locked ? `locks ${n} package${n === 1 ? "" : "s"}` : df.kind === "requirements.txt" ? `pins ${sel.packages.filter((p) => p.version).length} of ${sel.packages.length} requirements` : `declares ${n} requirement${n === 1 ? "" : "s"}`;
  return `used ${name}, ${what}`;
}

// src/formats/requirements.ts
import fs8 from "node:fs/promises";
import path8 from "node:path";
var isUrl = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
function logicalLines2(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let cur = lines[i];
    while (cur.endsWith("\\") && i + 1 < lines.length) cur = cur.slice(0, -1) + " " + lines[++i];
    out.push({ text: cur, line: start + 1 });
  }
  return out;
}
var NAME2 = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function nameFromUrl(url) {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(url);
  if (egg) return egg[1];
  const file = url.split(/[?#]/)[0].split("/").pop() ?? "";
  const wheel = /^([A-Za-z0-9][A-Za-z0-9._]*)-[^-]+(-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (wheel) return wheel[1];
  const sdist = /^([A-Za-z0-9][A-Za-z0-9._-]*?)-\d[^/]*\.(tar\.gz|zip|tar\.bz2)$/.exec(file);
  return sdist?.[1];
}
function parseRequirements(text) {
  const out = { requirements: [], includes: [], unnamed: [], references: [] };
  for (const { text: raw, line } of logicalLines2(text)) {
    const s = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!s) continue;
    const opt = /^(-r|--requirement|-c|--constraint|-e|--editable)(?:\s*=\s*|\s+)(\S+)/.exec(s);
    if (opt) {
      const [, flag, value] = opt;
      if (flag === "-r" || flag === "--requirement") out.includes.push({ file: value, line });
      if ((flag === "-r" || flag === "--requirement" || flag === "-c" || flag === "--constraint") && !isUrl(value)) {
        out.references.push({ file: value, line, kind: flag === "-r" || flag === "--requirement" ? "requirements" : "constraints" });
      } else if (flag === "-e" || flag === "--editable") {
        const n = nameFromUrl(value);
        if (n) out.requirements.push({ name: normalizeName(n), written: n, line });
        else out.unnamed.push({ text: s, line });
      }
      continue;
    }
    if (s.startsWith("-")) continue;
    const req = s.replace(/\s+--?[a-z][\w-]*(=\S*)?(\s+\S+)*$/i, "").trim();
    const [spec = "", ...markerParts] = req.split(";");
    const marker = markerParts.join(";").trim() || void 0;
    const at = /^([^@\s[]+)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(spec.trim());
    if (at) {
      out.requirements.push({ name: normalizeName(at[1]), written: at[1], line, marker });
      continue;
    }
    const local = spec.trim().replace(/^file:/, "");
    if (!isUrl(spec.trim()) && /\.(whl|tar\.gz|zip)$/.test(local)) out.references.push({ file: local, line, kind: "archive" });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec) || spec.startsWith(".") || spec.startsWith("/") || /\.(whl|tar\.gz|zip)$/.test(spec)) {
      const n = nameFromUrl(spec.trim());
      if (n) out.requirements.push({ name: normalizeName(n), written: n, line, marker });
      else out.unnamed.push({ text: s, line });
      continue;
    }
    const m = NAME2.exec(spec.trim());
    if (!m) {
      out.unnamed.push({ text: s, line });
      continue;
    }
    out.requirements.push({ ...nameLine(spec.trim(), marker), line });
  }
  return out;
}
function nameLine(spec, marker) {
  const written = NAME2.exec(spec)[1];
  try {
    const r = parseRequirement(spec);
    const pin = /^===?([^,*]+)$/.exec(r.specifier)?.[1];
    return { name: r.key, written, marker, ...pin ? { pinned: pin } : {}, ...r.extras.length ? { extras: r.extras } : {} };
  } catch {
    return { name: normalizeName(written), written, marker };
  }
}
async function readRequirementsFiles(file) {
  const root = path8.dirname(path8.resolve(file));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (abs, asText) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const name = path8.relative(root, abs).split(path8.sep).join("/");
    let content;
    try {
      content = await fs8.readFile(abs);
    } catch {
      out.push({ name, content: "\0missing" });
      return;
    }
    out.push({ name, content });
    if (!asText) return;
    for (const ref of parseRequirements(content.toString("utf8")).references) {
      await visit(path8.resolve(path8.dirname(abs), ref.file), ref.kind !== "archive");
    }
  };
  await visit(path8.resolve(file), true);
  return out;
}

// src/plan/pip.ts
function targetMarkerEnvironment(fullVersion) {
  return linuxCPythonEnvironment(fullVersion);
}
function pipInvocation(r) {
  const args = [
    ...r.sdists ? ["--prefer-binary"] : ["--only-binary=:all:"],
    "--implementation",
    "cp",
    "--python-version",
    r.pythonFullVersion,
    ...r.platforms.flatMap((p) => ["--platform", p]),
    "--no-compile",
    "--no-input",
    "--disable-pip-version-check",
    "--progress-bar",
    "off",
    "--no-warn-script-location"
  ];
  if (r.indexUrl) args.push("--index-url", r.indexUrl);
  for (const u of r.extraIndexUrls) args.push("--extra-index-url", u);
  args.push(...r.pipArgs);
  return {
    requirementsFile: r.requirementsFile,
    args,
    indexUrls: [...r.indexUrl ? [r.indexUrl] : [], ...r.extraIndexUrls],
    markers: targetMarkerEnvironment(r.pythonFullVersion)
  };
}

// src/plan/deps.ts
var SKIP = /* @__PURE__ */ new Set([".git", ".hg", ".venv", "venv", "node_modules", "__pycache__", "build", "dist", ".tox", ".nox", ".mypy_cache", ".pytest_cache"]);
function treeHash(dir) {
  const h = createHash3("sha256");
  const walk2 = (d, rel) => {
    for (const name of fs9.readdirSync(d).sort()) {
      if (SKIP.has(name) || name.endsWith(".egg-info")) continue;
      const full = path9.join(d, name);
      const st = fs9.lstatSync(full);
      const r = rel ? `${rel}/${name}` : name;
      if (st.isDirectory()) walk2(full, r);
      else if (st.isFile()) h.update(`${r}\0${st.size}\0`).update(fs9.readFileSync(full));
    }
  };
  walk2(dir, "");
  return h.digest("hex");
}
function directNames(pyproject, r, env) {
  if (!fs9.existsSync(pyproject)) return [];
  let p;
  try {
    p = readPyprojectFile(pyproject);
  } catch {
    return [];
  }
  const wanted = [...p.dependencies, ...r.extras.flatMap((e) => p.optional[normalizeName(e)] ?? [])];
  const out = [];
  for (const req of parseRequirements(wanted.join("\n")).requirements) {
    let holds = true;
    try {
      holds = !req.marker || evaluateMarker(req.marker, env);
    } catch {
      holds = true;
    }
    if (holds && !out.includes(req.name) && req.name !== (p.name && normalizeName(p.name))) out.push(req.name);
  }
  return out;
}
function declaresNothing(file) {
  const p = readPyprojectFile(file);
  return !p.hasProject && !p.poetryDependencies && !Object.keys(p.groups).length;
}
function depsPlan(r, optional) {
  const wd = r.workingDirectory;
  if (optional && !r.requirements) {
    let found;
    try {
      found = findDependencyFile(wd).file;
    } catch {
      return void 0;
    }
    if (path9.basename(found) === "pyproject.toml" && declaresNothing(found)) return void 0;
  }
  const df = loadDependencies(wd, r.requirements);
  const sel = df.select({ extras: r.extras, groups: r.groups }, { buildLocal: true });
  const shown = path9.relative(wd, df.file) || path9.basename(df.file);
  const warnings = [...df.warnings, ...sel.warnings];
  const also = df.also.filter((f) => f !== "pyproject.toml");
  const member = df.workspace ? ` (the uv workspace at ${path9.relative(wd, df.workspace.root) || "."}: member ${df.workspace.member})` : "";
  const summary = `${summaryLine(df, sel, wd)}${member}${also.length ? ` (also found ${also.join(", ")}; set requirements to use another)` : ""}`;
  const request = { pythonFullVersion: r.pythonFullVersion, platforms: r.platforms, indexUrl: r.indexUrl, extraIndexUrls: r.extraIndexUrls, sdists: r.build !== void 0 };
  const build2 = r.build ? { build: r.build } : {};
  if (df.kind === "requirements.txt") {
    const pip3 = pipInvocation({ ...request, requirementsFile: df.file, pipArgs: r.pipArgs });
    return { source: { kind: "requirements-file", path: df.file, shown, summary, warnings }, pip: pip3, ...build2 };
  }
  const localKeys = sel.local.map((l) => `local ${l.name} ${treeHash(l.dir)}`).sort();
  const pip2 = pipInvocation({ ...request, pipArgs: [...df.locked ? ["--no-deps"] : [], ...r.pipArgs] });
  return {
    source: {
      kind: "dependency-file",
      path: df.file,
      shown,
      fileKind: df.kind,
      locked: df.locked,
      selection: { extras: r.extras, groups: r.groups },
      lines: sel.lines,
      local: sel.local,
      key: [sel.key, ...localKeys].join("\n"),
      count: df.locked ? sel.packages.length + sel.local.length : sel.lines.length,
      named: directNames(df.kind === "pyproject.toml" ? df.file : df.workspace ? path9.join(wd, "pyproject.toml") : path9.join(path9.dirname(df.file), "pyproject.toml"), r, pip2.markers),
      summary,
      warnings
    },
    pip: pip2,
    ...build2
  };
}
function depsFolder(workingDirectory, requirementsInput, codeDir) {
  if (requirementsInput || codeDir === workingDirectory) return workingDirectory;
  try {
    findDependencyFile(codeDir);
    return codeDir;
  } catch {
    return workingDirectory;
  }
}

// src/plan/deploy.ts
var ACR_IMAGE = /^(registry(-vpc)?(-intl)?\.[a-z0-9-]+\.aliyuncs\.com|[a-z0-9-]+-registry(-vpc)?\.[a-z0-9-]+\.cr\.aliyuncs\.com)\/[a-z0-9._/-]+(:[\w.-]+|@sha256:[0-9a-f]{64})$/;
function deployPlan(d, target, fn, image, notices) {
  if (d.mode === "off") return void 0;
  const y = fn.sYaml;
  const differs = (input, given, fromFile, field) => {
    if (fromFile !== void 0 && fromFile !== given) notices.push({ input, message: `Input ${input} (${given}) differs from ${y.shown}'s ${field} (${fromFile}): deploying to ${given}, as the input says.` });
  };
  if (d.region && y) differs("region", d.region, y.region, "region");
  if (d.functionName && y) differs("function-name", d.functionName, y.functionName, "functionName");
  const region = d.region ?? y?.region;
  if (!region) {
    throw new UserError(`Input deploy: no region to deploy to. Set the region input (e.g. cn-hangzhou)${y ? `, or region in ${y.shown}` : ""}.`, "region");
  }
  const functionName = d.functionName ?? y?.functionName;
  if (!functionName && target !== "layer") {
    throw new UserError(`Input deploy: no function to update. Set the function-name input${y ? `, or functionName in ${y.shown}` : " (or read an s.yaml that names it)"}.`, "function-name");
  }
  if (d.alias && !functionName) {
    throw new UserError(`Input alias (${d.alias}) names an alias of a function, and no function is named: set function-name${y ? ` or functionName in ${y.shown}` : ""}, or drop alias.`, "alias");
  }
  if (target === "layer" && !d.layerName) {
    throw new UserError("Input deploy with target layer needs layer-name: the layer to publish a version of (e.g. my-api-deps).", "layer-name");
  }
  if (target === "image" && !ACR_IMAGE.test(image ?? "")) {
    throw new UserError(
      `Input deploy: FC pulls a function's image from Container Registry (ACR), and ${image} is not in an ACR registry. Set image to registry.<region>.aliyuncs.com/<namespace>/<name>:<tag> (or your ACR instance's) and push it there before this step.`,
      "image"
    );
  }
  const layers = target === "code" ? d.layers ?? (y && fn.layers.length ? fn.layers : void 0) : void 0;
  return {
    mode: d.mode,
    region,
    functionName,
    layerName: target === "layer" ? d.layerName : void 0,
    layers,
    layersFrom: layers === void 0 ? void 0 : d.layers ? "layers" : `${y.shown} (layers)`,
    alias: d.alias,
    ossBucket: d.ossBucket,
    credentials: d.roleArn && d.oidcProviderArn ? { kind: "oidc", roleArn: d.roleArn, oidcProviderArn: d.oidcProviderArn } : { kind: "environment" }
  };
}

// src/plan/run.ts
import fs11 from "node:fs";
import path12 from "node:path";

// src/plan/start.ts
import fs10 from "node:fs";
import path11 from "node:path";

// src/formats/shell.ts
import path10 from "node:path";
var CODE_DIR = "/code";
var BOM = "\uFEFF";
function shellQuote(word) {
  return /[\s"'$;&|`\\]/.test(word) ? `'${word.replace(/'/g, "'\\''")}'` : word;
}
function shellJoin(argv) {
  return argv.map(shellQuote).join(" ");
}
function withoutBom(text) {
  return text.startsWith(BOM) ? text.slice(1) : text;
}
function expandShell(value, vars) {
  const pwd = vars.PWD ?? CODE_DIR;
  return value.replace(/\$\(pwd\)|`pwd`/g, pwd).replace(/\$\{(\w+):\+([^}]*)\}/g, (_m, name, word) => vars[name] ? expandShell(word, vars) : "").replace(/\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)/g, (m, a, dflt, b) => {
    const name = a ?? b;
    if (name in vars) return vars[name] || dflt || "";
    return m;
  });
}
function pythonPathDirs(value, cwd = CODE_DIR) {
  return value.split(":").filter((p) => p && !p.includes("$")).map((p) => path10.posix.resolve(cwd, p));
}
var SKIP_WORDS = /* @__PURE__ */ new Set(["exec", "nohup", "time", "command", "builtin", "stdbuf", "setsid", "dumb-init", "tini", "--"]);
var SHELL_BUILTINS = /* @__PURE__ */ new Set([
  "if",
  "then",
  "else",
  "elif",
  "fi",
  "for",
  "while",
  "until",
  "do",
  "done",
  "case",
  "esac",
  "function",
  "{",
  "}",
  "[",
  "[[",
  "]]",
  "test",
  "echo",
  "printf",
  "set",
  "unset",
  "trap",
  "source",
  ".",
  "read",
  "local",
  "return",
  "exit",
  "true",
  "false",
  "wait",
  "sleep",
  "export",
  "cd",
  "ulimit",
  "umask",
  "shift",
  "declare",
  "readonly",
  "eval",
  ":",
  "mkdir",
  "cp",
  "mv",
  "rm",
  "ln",
  "chmod",
  "cat",
  "ls",
  "pwd",
  "env",
  "alias",
  "pushd",
  "popd",
  "let",
  "touch",
  "tee",
  "date",
  "which",
  "hash",
  "type"
]);
function splitCommands(line) {
  const segs = [];
  let words = [];
  let word;
  let segStart = 0;
  const endWord = () => {
    if (word !== void 0) words.push(word);
    word = void 0;
  };
  const endSeg = (i) => {
    endWord();
    if (words.length) segs.push({ words, raw: line.slice(segStart, i) });
    words = [];
    segStart = i + 1;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === " " || c === "	") {
      endWord();
    } else if (c === "#" && word === void 0) {
      break;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      const stop = end < 0 ? line.length : end;
      word = (word ?? "") + line.slice(i + 1, stop);
      i = stop;
    } else if (c === '"') {
      let s = "";
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === "\\" && j + 1 < line.length && '"\\$`'.includes(line[j + 1])) s += line[++j];
        else s += line[j];
      }
      word = (word ?? "") + s;
      i = j;
    } else if (c === "\\") {
      word = (word ?? "") + (line[i + 1] ?? "");
      i++;
    } else if (c === "$" && line[i + 1] === "(") {
      let depth = 0;
      let j = i + 1;
      for (; j < line.length; j++) {
        if (line[j] === "(") depth++;
        else if (line[j] === ")" && --depth === 0) break;
      }
      word = (word ?? "") + line.slice(i, j + 1);
      i = j;
    } else if (c === ";" || c === "&" || c === "|" || c === "(" || c === ")") {
      endSeg(i);
      if ((c === "&" || c === "|") && (line[i + 1] === c || line[i + 1] === "&")) {
        i++;
        segStart = i + 1;
      }
    } else if ((c === ">" || c === "<") && (word === void 0 || /^\d+$/.test(word))) {
      word = void 0;
      let j = i + 1;
      while (line[j] === ">" || line[j] === "<" || line[j] === "&") j++;
      if (line[i + 1] === "<" && line[i + 2] !== "<") j = i + 2;
      while (line[j] === " ") j++;
      while (j < line.length && !" 	;&|".includes(line[j])) j++;
      i = j - 1;
    } else {
      word = (word ?? "") + c;
    }
  }
  endSeg(line.length);
  return segs;
}
var ASSIGN = /^([A-Za-z_]\w*)=(.*)$/s;
function resolveDir(cwd, dir) {
  return path10.posix.resolve(cwd, dir);
}
function parseStartScript(text, ctx) {
  const physical = withoutBom(text).replace(/\r/g, "").split("\n");
  const commands = [];
  let cwd = ctx.cwd;
  let path60;
  let heredoc;
  let pythonPath;
  const vars = () => ({ ...ctx.vars, PATH: (path60 ?? ctx.path).join(":"), PWD: cwd, ...pythonPath !== void 0 ? { PYTHONPATH: pythonPath } : {} });
  for (let i = 0; i < physical.length; i++) {
    const lineNo = i + 1;
    let line = physical[i];
    if (heredoc !== void 0) {
      if (line.replace(/^\t+/, "") === heredoc) heredoc = void 0;
      continue;
    }
    while (line.endsWith("\\") && i + 1 < physical.length) line = line.slice(0, -1) + physical[++i];
    const hd = /<<-?\s*(['"]?)(\w+)\1/.exec(line);
    if (hd) heredoc = hd[2];
    if (i === 0 && line.startsWith("#!")) continue;
    for (const seg of splitCommands(line)) {
      const words = seg.words.map((w) => expandShell(w, vars()));
      let k = 0;
      while (k < words.length && ASSIGN.test(words[k])) k++;
      const assigns = words.slice(0, k);
      let argv = words.slice(k);
      if (argv[0] === "export" || argv[0] === "declare" || argv[0] === "readonly" || argv.length === 0 && assigns.length) {
        for (const a of argv.length ? argv.slice(1) : assigns) {
          const m = ASSIGN.exec(a);
          if (m?.[1] === "PATH") path60 = m[2].split(":").filter((p) => p && !p.includes("$"));
          if (m?.[1] === "PYTHONPATH") pythonPath = m[2].replace(/\$\{?PYTHONPATH\}?/g, "");
        }
        continue;
      }
      if (argv[0] === "cd") {
        const target = seg.words[1];
        if (target === void 0) cwd = "/root";
        else if (/\$0|BASH_SOURCE/.test(target)) cwd = ctx.scriptDir;
        else if (!argv[1].includes("$")) cwd = resolveDir(cwd, argv[1]);
        continue;
      }
      for (; ; ) {
        if (argv.length && SKIP_WORDS.has(argv[0])) argv = argv.slice(1);
        else if (argv[0] === "env") {
          argv = argv.slice(1);
          while (argv.length && (argv[0].startsWith("-") || ASSIGN.test(argv[0]))) argv = argv.slice(1);
        } else if (argv.length && ASSIGN.test(argv[0])) argv = argv.slice(1);
        else break;
      }
      if (argv.length) commands.push({ line: lineNo, argv, cwd });
    }
  }
  return { commands, path: path60, pythonPath };
}
function parseCommandLine(text, ctx) {
  const r = parseStartScript(text, ctx);
  return { ...r, commands: r.commands.map((c) => ({ ...c, line: void 0 })) };
}

// src/plan/start.ts
var CODE_ROOT = "/code";
var APP_SERVERS = /* @__PURE__ */ new Set(["uvicorn", "gunicorn", "hypercorn", "granian", "daphne"]);
var APP_SPEC = /^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):([A-Za-z_][\w.]*)(\(\))?$/;
var PYTHON = /^python(\d+(\.\d+)?)?$/;
function startVars(port, env) {
  return { FC_FUNC_CODE_PATH: CODE_ROOT, FC_SERVER_PORT: String(port), FC_CUSTOM_LISTEN_PORT: String(port), ...env };
}
function environmentPath(env) {
  if (env.PATH === void 0) return [...FC_DEFAULT_PATH];
  return env.PATH.split(":").flatMap((p) => /^\$\{?PATH\}?$/.test(p) ? FC_DEFAULT_PATH : p ? [p] : []);
}
function serverCommand(commands) {
  return commands.find((c) => {
    const a0 = c.argv[0] ?? "";
    if (a0.includes("$") || SHELL_BUILTINS.has(a0)) return false;
    const base = path11.posix.basename(a0);
    return PYTHON.test(base) || APP_SERVERS.has(base) || base === "fastapi" || base === "flask";
  });
}
function appOf(args, cwd) {
  let dir = cwd;
  let module;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const opt = /^(--app-dir|--chdir)(?:=(.*))?$/.exec(a);
    if (opt) {
      const v = opt[2] ?? args[++i];
      if (v && !v.includes("$")) dir = path11.posix.resolve(cwd, v);
      continue;
    }
    if (/^(-k|--worker-class|-w|--workers|-b|--bind|--host|--port|--log-level|-c|--config|--factory)$/.test(a)) {
      if (!/^--factory$/.test(a)) i++;
      continue;
    }
    const m = APP_SPEC.exec(a);
    if (m && !module) module = m[1];
  }
  return { module, dir };
}
function analyzeStart(start, codeDir, env, runtime, port) {
  if (start.kind === "none") return void 0;
  const envPath = environmentPath(env);
  const vars = startVars(port, env);
  delete vars.PATH;
  delete vars.PYTHONPATH;
  const ctx = { cwd: CODE_ROOT, scriptDir: CODE_ROOT, vars, path: envPath };
  let commands;
  let scriptPath;
  let scriptPythonPath;
  let shown;
  if (start.kind === "bootstrap") {
    shown = start.file;
    let text;
    try {
      text = fs10.readFileSync(path11.join(codeDir, start.file), "utf8");
    } catch {
      return { shown, pythonPath: env.PYTHONPATH ? pythonPathDirs(env.PYTHONPATH) : [], pathDirs: envPath };
    }
    const scriptDir = path11.posix.dirname(path11.posix.join(CODE_ROOT, start.file));
    const parsed = parseStartScript(text.replace(/^\uFEFF/, ""), { ...ctx, scriptDir });
    commands = parsed.commands;
    scriptPath = parsed.path;
    scriptPythonPath = parsed.pythonPath;
  } else {
    shown = start.shown;
    commands = [{ argv: start.argv.map((a) => a.replace(/\$\{?(FC_SERVER_PORT|FC_CUSTOM_LISTEN_PORT)\}?/g, String(port))), cwd: CODE_ROOT }];
  }
  const pythonPath = [.../* @__PURE__ */ new Set([...scriptPythonPath !== void 0 ? pythonPathDirs(scriptPythonPath) : [], ...env.PYTHONPATH ? pythonPathDirs(env.PYTHONPATH) : []])];
  const pathDirs = scriptPath ?? envPath;
  const out = { shown, pythonPath, pathDirs, pathSet: scriptPath ?? (env.PATH !== void 0 ? envPath : void 0) };
  const cmd = serverCommand(commands);
  if (!cmd) return out;
  const read2 = readServerCommand(cmd);
  return {
    ...out,
    command: cmd,
    server: read2.server,
    entryModule: read2.entryModule,
    entryDir: read2.entryDir,
    path0: read2.path0,
    python: read2.python ? { argv0: read2.python, resolved: resolveFcPython(runtime, read2.python, pathDirs) } : void 0
  };
}
function serverCommandInfo(commands) {
  const cmd = serverCommand(commands);
  return cmd ? readServerCommand(cmd) : void 0;
}
function readServerCommand(cmd) {
  const out = { command: cmd };
  const argv0 = cmd.argv[0];
  const base = path11.posix.basename(argv0);
  if (PYTHON.test(base)) {
    out.python = argv0;
    for (let i = 1; i < cmd.argv.length; i++) {
      const a = cmd.argv[i];
      if (a === "-m") {
        const mod = cmd.argv[i + 1];
        if (!mod || mod.includes("$")) return out;
        out.path0 = cmd.cwd;
        const top = mod.split(".")[0];
        if (APP_SERVERS.has(top) || top === "fastapi" || top === "flask") {
          out.server = { module: top, consoleScript: false };
          const app = appOf(cmd.argv.slice(i + 2), cmd.cwd);
          if (app.module) {
            out.entryModule = app.module;
            out.entryDir = app.dir;
          }
        } else {
          out.entryModule = mod;
          out.entryDir = cmd.cwd;
        }
        return out;
      }
      if (a === "-c") return out;
      if (a === "-W" || a === "-X") {
        i++;
        continue;
      }
      if (a.startsWith("-")) continue;
      if (a.includes("$")) return out;
      const script = path11.posix.resolve(cmd.cwd, a);
      out.path0 = path11.posix.dirname(script);
      if (script.endsWith(".py")) {
        out.entryModule = path11.posix.basename(script, ".py");
        out.entryDir = out.path0;
      }
      return out;
    }
    return out;
  }
  out.server = { module: base, consoleScript: true };
  const args = cmd.argv.slice(1);
  if (base === "fastapi" && (args[0] === "run" || args[0] === "dev") && args[1]?.endsWith(".py")) {
    const script = path11.posix.resolve(cmd.cwd, args[1]);
    out.entryModule = path11.posix.basename(script, ".py");
    out.entryDir = path11.posix.dirname(script);
  } else {
    const app = appOf(args, cmd.cwd);
    if (app.module) {
      out.entryModule = app.module;
      out.entryDir = app.dir;
    }
  }
  return out;
}
function findsCodeRoot(a) {
  return a.path0 === CODE_ROOT || a.pythonPath.includes(CODE_ROOT);
}

// src/plan/run.ts
var CODE_PYTHON_DIR = "/code/python";
var OPT_PYTHON_DIR = "/opt/python";
function hasModule(codeDir, relDir, mod) {
  const base = path12.join(codeDir, path12.posix.relative("/code", relDir), ...mod.split("."));
  return fs11.existsSync(`${base}.py`) || fs11.existsSync(path12.join(base, "__init__.py")) || fs11.existsSync(base);
}
function envShown(fn) {
  return fn.environment ? fn.environment.from : "the function's environment (none is set)";
}
function checkInterpreter(a, runtime, pythonVersion, fn) {
  const py = a.python;
  if (!py?.resolved || py.resolved.version === pythonVersion) return;
  const target = shippedPython(runtime, pythonVersion);
  const how = target ? `PATH=${target.home}/bin:$PATH` : void 0;
  const where = fn.start.kind === "bootstrap" ? `export ${how} in ${a.shown} before the server starts, or ` : "";
  throw new UserError(
    `${a.shown} runs ${py.argv0}, which on ${runtime} is ${py.resolved.fc ? "" : "Debian's own "}Python ${py.resolved.version} (${py.resolved.path}) with the PATH FC gives it, but the dependencies are built for Python ${pythonVersion}${target ? ` (${runtime} has it at ${target.home}/bin/python3, not on the default PATH)` : ` (${runtime} ships ${describePythons(runtime)})`}. ` + (how ? `Set ${where}${how} in the function's environment variables (s.yaml's environmentVariables, or the environment input).` : "Build for the runtime's Python (leave python-version unset)."),
    fn.start.kind === "command" && fn.start.from === "start-command" ? "environment" : fn.sYaml ? "s-yaml" : "bootstrap"
  );
}
function decideRun(fn, target, depsIn, pythonVersion, verify) {
  const env = fn.environment?.vars ?? {};
  const a = analyzeStart(fn.start, fn.codeDir, env, fn.runtime, fn.port);
  const notices = [];
  if (!a || fn.start.kind === "none") {
    if (target === "code" && depsIn !== "none" && verify) {
      throw new UserError(
        "bootstrap is none and no start command is given, so verify cannot know where FC's Python looks for the dependencies. Give the command FC runs (start-command, e.g. python3 -u index.py, with environment for its variables), or point s-yaml at the function's s.yaml, or set verify: false.",
        "start-command"
      );
    }
    return { depsPrefix: "python/", notices };
  }
  const bootstrapMissing = fn.start.kind === "bootstrap" && !fs11.existsSync(path12.join(fn.codeDir, fn.start.file));
  if (target === "layer" && bootstrapMissing && !fn.environment) return { depsPrefix: "python/", notices };
  if (target !== "image") checkInterpreter(a, fn.runtime, pythonVersion, fn);
  const run2 = {
    shown: a.shown,
    start: fn.start.kind === "bootstrap" ? { kind: "bootstrap", file: fn.start.file } : { kind: "command", argv: fn.start.argv },
    env,
    envFrom: fn.environment?.from,
    pythonPath: a.pythonPath,
    path: a.pathDirs,
    path0: a.path0,
    interpreter: a.python?.resolved?.fc ? a.python.resolved.path : void 0,
    server: a.server?.module,
    entry: a.entryModule && a.entryDir && hasModule(fn.codeDir, a.entryDir, a.entryModule) ? { module: a.entryModule, dir: a.entryDir } : void 0
  };
  const onPath = (d) => a.pythonPath.includes(d);
  const pp = a.pythonPath.length ? `PYTHONPATH=${a.pythonPath.join(":")}` : "no PYTHONPATH";
  const needOpt = (what) => {
    if (onPath(OPT_PYTHON_DIR) || fn.start.kind === "bootstrap" && !fn.environment && bootstrapMissing) return;
    throw new UserError(
      `${what} at ${OPT_PYTHON_DIR}, but the function never puts ${OPT_PYTHON_DIR} on PYTHONPATH (${a.shown} with ${envShown(fn)}: ${pp}), and FC sets none for custom runtimes: deployed, it would fail with "No module named ${a.server?.module ?? "uvicorn"}". Add PYTHONPATH=${OPT_PYTHON_DIR} to the function's environment variables (s.yaml's environmentVariables, or the environment input)${fn.start.kind === "bootstrap" ? `, or export PYTHONPATH=${OPT_PYTHON_DIR}:$PYTHONPATH in ${a.shown}` : ""}.`,
      fn.environment?.from === "environment" ? "environment" : fn.sYaml ? "s-yaml" : "bootstrap"
    );
  };
  if (target === "layer") {
    needOpt("The layer puts the dependencies");
    return { run: run2, depsPrefix: "python/", notices };
  }
  if (target === "image" || depsIn === "none") return { run: run2, depsPrefix: "python/", notices };
  if (depsIn === "layer") {
    needOpt("include-deps is false: the dependencies come from a layer");
    return { run: run2, depsPrefix: "python/", notices };
  }
  if (onPath(CODE_PYTHON_DIR)) return { run: run2, depsPrefix: "python/", notices };
  if (findsCodeRoot(a)) {
    notices.push(
      `Nothing puts ${CODE_PYTHON_DIR} on PYTHONPATH (${a.shown} with ${envShown(fn)}), and its Python looks in /code: the dependencies go at the top of function.zip, beside the code, as pip install -t . puts them. To keep them apart, set PYTHONPATH=${CODE_PYTHON_DIR} in the function's environment${fn.start.kind === "bootstrap" ? ` or export it in ${a.shown}` : ""}.`
    );
    return { run: run2, depsPrefix: "", notices };
  }
  if (fn.start.kind === "bootstrap") return { run: run2, depsPrefix: "python/", notices };
  const argv0 = a.command?.argv[0] ?? fn.start.argv[0];
  throw new UserError(
    `${a.shown} runs ${argv0}${a.server?.consoleScript ? " (a console script, whose Python looks in its own folder, not /code)" : ""}, and nothing puts the dependencies on its path: FC sets no PYTHONPATH for custom runtimes, so deployed it would fail with "No module named ${a.server?.module ?? "uvicorn"}". Add PYTHONPATH=${CODE_PYTHON_DIR} to the function's environment variables (s.yaml's environmentVariables, or the environment input)${a.server?.consoleScript ? `, or start it as python3 -m ${a.server.module} ...` : ""}.`,
    fn.environment?.from === "environment" || fn.start.from === "start-command" ? "environment" : "s-yaml"
  );
}
function withStart(v, d) {
  const run2 = d.run;
  if (!v || !run2 || !run2.server && !run2.entry) return v;
  return {
    ...v,
    imports: { ...v.imports, start: { server: run2.server, entry: run2.entry?.module, entryDir: run2.entry?.dir, path0: run2.path0 ?? null } }
  };
}

// src/plan/imports.ts
import fs12 from "node:fs";
import path13 from "node:path";
var SERVER_DISTS = ["uvicorn", "fastapi"];
function namedDistributions(file, env) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    let text;
    try {
      text = fs12.readFileSync(f, "utf8");
    } catch {
      return;
    }
    const parsed = parseRequirements(text);
    for (const r of parsed.requirements) {
      let holds = true;
      if (r.marker) {
        try {
          holds = evaluateMarker(r.marker, env);
        } catch {
          holds = true;
        }
      }
      if (holds && !out.includes(r.name)) out.push(r.name);
    }
    for (const inc of parsed.includes) visit(path13.resolve(path13.dirname(f), inc.file));
  };
  visit(path13.resolve(file));
  return out;
}
function importSpec(r) {
  if (r.verifyImports.length) return { modules: [...r.verifyImports], dists: [], optionalDists: [] };
  const named = r.named ? [...r.named] : r.requirements ? namedDistributions(r.requirements, r.markers) : [];
  const dists = r.installs ? named : [];
  const optional = [...r.installs ? [] : named, ...SERVER_DISTS.filter((d) => !named.includes(normalizeName(d)))];
  return { modules: [], dists, optionalDists: optional };
}

// src/plan/platform.ts
var MANYLINUX_ALIASES = { manylinux1: "2.5", manylinux2010: "2.12", manylinux2014: "2.17" };
function manylinuxGlibc(platform) {
  const pep600 = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(platform);
  if (pep600) return { glibc: `${pep600[1]}.${pep600[2]}`, arch: pep600[3] };
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(platform);
  if (legacy) return { glibc: MANYLINUX_ALIASES[legacy[1]], arch: legacy[2] };
  return void 0;
}
function platformTags(glibc, arch = "x86_64") {
  const [major, minor] = glibc.split(".").map(Number);
  if (major !== 2 || !Number.isInteger(minor)) throw new Error(`bad glibc version ${glibc}`);
  const aliasOf = new Map(Object.entries(MANYLINUX_ALIASES).map(([name, g]) => [Number(g.split(".")[1]), name]));
  const tags = [];
  for (let m = minor; m >= 5; m--) {
    if (m < 17 && !aliasOf.has(m)) continue;
    tags.push(`manylinux_2_${m}_${arch}`);
    const alias = aliasOf.get(m);
    if (alias) tags.push(`${alias}_${arch}`);
  }
  return tags;
}

// src/plan/python-check.ts
import path15 from "node:path";

// src/formats/requires-python.ts
import fs13 from "node:fs";
import path14 from "node:path";
function read(file) {
  try {
    return parse(fs13.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function declaredRequiresPython(file) {
  const base = path14.basename(file);
  let spec;
  if (base === "pyproject.toml") spec = read(file)?.project?.["requires-python"];
  else if (base === "uv.lock" || /^pylock(\.[^.]+)?\.toml$/.test(base)) spec = read(file)?.["requires-python"];
  return typeof spec === "string" && spec.trim() ? { file, spec: spec.trim() } : void 0;
}

// src/plan/python-check.ts
function satisfying(spec) {
  const out = [];
  for (const [name, r] of Object.entries(RUNTIMES)) {
    r.pythons.forEach((p, i) => {
      if (versionSatisfies(p.fullVersion, spec)) out.push(i === 0 ? `runtime: ${name} (Python ${p.fullVersion})` : `runtime: ${name} with python-version: '${p.version}' (${p.fullVersion} at ${p.home})`);
    });
  }
  return out;
}
function checkRequiresPython(files, target, shownFrom) {
  const declared = [...new Set(files)].map(declaredRequiresPython).filter((d) => d !== void 0);
  for (const d of declared) {
    if (versionSatisfies(target.pythonFullVersion, d.spec)) continue;
    const fits = satisfying(d.spec);
    const fix = fits.length ? `Build for a Python it allows: ${fits.join(", or ")}.` : `None of FC's Pythons (3.10.9 on custom.debian10, 3.12.4 on custom.debian11, 3.11.2 and 3.12.4 on custom.debian12) satisfies it: lower requires-python to one FC ships (e.g. ">=3.10"), or build an image (target: image) with its own Python.`;
    throw new UserError(
      `${path15.relative(shownFrom, d.file) || path15.basename(d.file)} has requires-python "${d.spec}", and the build is for ${target.runtime}'s Python ${target.pythonFullVersion}, which it excludes. ${fix}`,
      "python-version"
    );
  }
}

// src/plan/plan.ts
var CODE_DIR2 = "/code";
var LAYER_PYTHON_DIR = "/opt/python";
var ARTIFACT_NAMES = {
  layer: "layer.zip",
  code: "function.zip",
  image: "image.tar"
};
function imageTarName(image, compression) {
  return `${image.replace(/[/:@]+/g, "-")}.tar${compression === "gzip" ? ".gz" : ""}`;
}
function defaultArtifactName(target, env = process.env) {
  return `${target}-${env.GITHUB_SHA ? env.GITHUB_SHA.slice(0, 7) : "local"}`;
}
var isFile2 = (p) => {
  try {
    return fs14.statSync(p).isFile();
  } catch {
    return false;
  }
};
function checkOutputDir(dir) {
  let p = dir;
  while (!fs14.existsSync(p) && path16.dirname(p) !== p) p = path16.dirname(p);
  if (fs14.existsSync(p) && !fs14.statSync(p).isDirectory()) {
    const what = p === dir ? `${dir} is an existing file` : `${p}, on the way to ${dir}, is a file`;
    throw new UserError(`Input output-dir: ${what}, not a folder. Set output-dir to a folder (it is created when missing), e.g. out.`, "output-dir");
  }
}
function makePlan(given, env = process.env) {
  if (!fs14.existsSync(given.workingDirectory) || !fs14.statSync(given.workingDirectory).isDirectory()) {
    throw new UserError(
      `Input working-directory: ${given.workingDirectory} is not a folder. Point it at the backend folder (the one with ${given.requirementsInput || "the dependency file"}).`,
      "working-directory"
    );
  }
  checkOutputDir(given.outputDir);
  const fn = functionConfig(given, env);
  const inputs = { ...given, runtime: fn.runtime, port: fn.port };
  const wd = fn.codeDir;
  const glibc = RUNTIMES[inputs.runtime].glibc;
  const platforms = platformTags(glibc);
  const artifactName = inputs.target === "image" ? imageTarName(inputs.image, inputs.imageCompression) : ARTIFACT_NAMES[inputs.target];
  const pythonVersion = inputs.pythonVersion ?? defaultPython(inputs.runtime).version;
  const verifyImage = inputs.verifyImage ?? runtimeVerifyImage(inputs.runtime, pythonVersion);
  const pythonFullVersion = fullPythonVersion(inputs.runtime, pythonVersion);
  const warnings = [];
  if (inputs.target !== "image" && !shippedPython(inputs.runtime, pythonVersion)) {
    warnings.push({
      input: "python-version",
      message: `Input python-version ${pythonVersion}: ${inputs.runtime} does not ship Python ${pythonVersion} (it has ${describePythons(inputs.runtime)}). The function must bring its own Python ${pythonVersion} (an image, or an interpreter in a layer) and start with it; otherwise leave python-version unset to build for the runtime's Python.`
    });
  }
  const ownDockerfile = inputs.target === "image" && isFile2(inputs.dockerfile);
  const deps = ownDockerfile ? void 0 : depsPlan(
    {
      workingDirectory: depsFolder(given.workingDirectory, given.requirementsInput, wd),
      requirements: inputs.requirementsInput || void 0,
      extras: inputs.extras,
      groups: inputs.groups,
      pythonFullVersion,
      platforms,
      indexUrl: inputs.indexUrl,
      extraIndexUrls: inputs.extraIndexUrls,
      pipArgs: inputs.pipArgs,
      build: inputs.buildSdists ? {
        image: inputs.buildImage ?? RUNTIMES[inputs.runtime].buildImage,
        imageGiven: inputs.buildImage !== void 0,
        fallbackImage: runtimeBuildFallbackImage(inputs.runtime, pythonVersion),
        runtime: inputs.runtime,
        pythonVersion,
        pythonFullVersion,
        platforms,
        pythonHome: shippedPython(inputs.runtime, pythonVersion)?.home
      } : void 0
    },
    inputs.target !== "layer"
  );
  if (!ownDockerfile) {
    const lock = deps?.source.kind === "dependency-file" ? deps.source.path : void 0;
    const files = [path16.join(wd, "pyproject.toml"), ...lock ? [lock, path16.join(path16.dirname(lock), "pyproject.toml")] : []];
    checkRequiresPython(files, { runtime: inputs.runtime, pythonFullVersion }, inputs.workspace);
  }
  const hasRequirements = deps !== void 0;
  const givenRequirements = [inputs.requirements, path16.join(wd, "requirements.txt")].find((f) => f && isFile2(f));
  const bootstrap = fn.start.kind === "bootstrap" ? { file: fn.start.file, convertCrlf: inputs.convertCrlf } : void 0;
  const verifyFor = (installs, image = verifyImage, standsIn = true) => inputs.verify ? {
    image,
    imports: importSpec({
      verifyImports: inputs.verifyImports,
      // A given Dockerfile installs on its own: its requirements.txt, if any, names what to look for.
      requirements: deps?.source.kind === "requirements-file" ? deps.source.path : ownDockerfile ? givenRequirements : void 0,
      named: deps?.source.kind === "dependency-file" ? deps.source.named : void 0,
      installs,
      markers: deps?.pip.markers ?? targetMarkerEnvironment(pythonFullVersion)
    }),
    pythonVersion,
    requirementsShown: deps?.source.shown ?? inputs.requirementsInput,
    ...standsIn ? { standsInFor: { runtime: inputs.runtime, image: runtimeVerifyImage(inputs.runtime, pythonVersion) } } : {}
  } : void 0;
  const verify = verifyFor(hasRequirements);
  const smoke = { port: inputs.port, path: inputs.smokePath, timeoutSec: inputs.smokeTimeout };
  const base = {
    workspace: inputs.workspace,
    workingDirectory: wd,
    runtime: inputs.runtime,
    pythonVersion,
    pythonFullVersion,
    warnings,
    notices: fn.notices,
    sYaml: fn.sYaml,
    glibc,
    platforms,
    port: inputs.port,
    artifactName,
    artifactPath: path16.join(inputs.outputDir, artifactName),
    outputDir: inputs.outputDir,
    verify,
    cache: inputs.cache ? { prefix: inputs.cacheKeyPrefix } : void 0,
    upload: inputs.upload ? { upload: true, name: inputs.artifactName ?? defaultArtifactName(inputs.target, env), retentionDays: inputs.retentionDays } : { upload: false, skipped: "upload: false" },
    deploy: deployPlan(inputs.deploy, inputs.target, fn, inputs.target === "image" ? inputs.image : void 0, fn.notices),
    doctor: {
      kind: inputs.target,
      pythonVersion,
      runtime: inputs.runtime,
      port: inputs.port,
      bootstrap: bootstrap?.file,
      startCommand: fn.start.kind === "command" ? fn.start.argv : void 0,
      environment: fn.environment?.vars,
      layerArns: fn.layers
    }
  };
  const select = { exclude: inputs.exclude, skipAbsolute: [inputs.outputDir] };
  switch (inputs.target) {
    case "layer": {
      const d = decideRun(fn, "layer", "layer", pythonVersion, inputs.verify);
      return { ...base, target: "layer", install: deps, run: d.run, verify: withStart(verify, d), notices: [...fn.notices, ...d.notices.map((message) => ({ input: "target", message }))] };
    }
    case "code": {
      if (fn.start.kind === "none" && inputs.smokeTest) {
        throw new UserError("Input smoke-test: true needs a start (bootstrap is none and no start command is given).", "smoke-test");
      }
      const depsIn = !deps ? "none" : inputs.includeDeps ? "zip" : "layer";
      const d = decideRun(fn, "code", depsIn, pythonVersion, inputs.verify);
      const depsDir = depsIn === "zip" ? d.depsPrefix ? `${CODE_DIR2}/python` : "" : depsIn === "layer" ? LAYER_PYTHON_DIR : "";
      return {
        ...base,
        target: "code",
        select,
        notices: [...fn.notices, ...d.notices.map((message) => ({ input: "include-deps", message }))],
        // In function.zip; as a layer, only for verify, which mounts them as a tree.
        install: depsIn === "zip" || depsIn === "layer" && verify ? deps : void 0,
        depsIn,
        bootstrap,
        verify: withStart(verify, d),
        run: d.run,
        depsPrefix: d.depsPrefix,
        depsDirs: depsDir ? [depsDir] : [],
        smoke: d.run && verify && (inputs.smokeTest ?? true) ? smoke : void 0
      };
    }
    case "image": {
      const given2 = isFile2(inputs.dockerfile);
      if (!given2 && fn.start.kind === "none") {
        throw new UserError(
          `There is no ${inputs.dockerfileInput} in working-directory, bootstrap is none and no start command is given: the generated image would have nothing to start. Add a Dockerfile, a bootstrap, or a start-command.`,
          "dockerfile"
        );
      }
      const dockerfile = given2 ? { kind: "given", path: inputs.dockerfile, shown: shownPath(inputs.workspace, inputs.dockerfile), rel: path16.relative(wd, inputs.dockerfile) } : { kind: "generated", baseImage: inputs.baseImage ?? verifyImage, start: fn.start.kind === "command" ? { command: fn.start.argv } : bootstrap, missing: inputs.dockerfileInput };
      const started = given2 ? void 0 : decideRun(fn, "image", "none", pythonVersion, inputs.verify);
      return {
        ...base,
        target: "image",
        select,
        // A given Dockerfile installs what it wants itself.
        install: given2 ? void 0 : deps,
        tag: inputs.image,
        compression: inputs.imageCompression,
        dockerfile,
        buildArgs: inputs.buildArgs,
        index: { url: inputs.indexUrl, extra: inputs.extraIndexUrls },
        smoke: verify && (inputs.smokeTest ?? true) ? smoke : void 0,
        // The image's own Dockerfile installs what it wants: its requirements are looked for, not required.
        verify: started ? withStart(verifyFor(!given2 && hasRequirements, inputs.image, false), started) : verifyFor(!given2 && hasRequirements, inputs.image, false)
      };
    }
  }
}

// src/doctor/diagnose.ts
import { stat as stat4 } from "node:fs/promises";
import path35 from "node:path";

// src/doctor/artifact.ts
import { open as openFile2, readdir, lstat, readFile, realpath, stat } from "node:fs/promises";
import path22 from "node:path";

// src/doctor/findings.ts
var CLOSURE_FINDING_CODES = ["deps-closure", "deps-closure-version", "deps-requires-python", "deps-metadata"];
var NATIVE_LIB_FINDING_CODES = ["native-lib-missing", "native-lib-path", "layer-ld-library-path"];
var DOCTOR_FINDING_CODES = [
  "bootstrap-missing",
  "bootstrap-mode",
  "bootstrap-command",
  "bootstrap-python",
  "bootstrap-shebang",
  "bootstrap-no-pythonpath",
  "deps-missing",
  "deps-external",
  "code-import-missing",
  "code-import-unchecked",
  "deps-version",
  "app-missing",
  "app-listen",
  "app-port",
  "record-missing",
  "record-mismatch",
  "data-left-out",
  "deps-not-built",
  "layer-layout",
  "zip-unsafe-entry",
  "zip-duplicate-entry",
  "image-unsafe-entry",
  "image-layer-unreadable",
  "image-os",
  "image-python",
  "image-glibc",
  "wheel-platform",
  "elf-machine",
  "artifact-unreadable",
  "size-limit",
  "size-api-limit",
  "secret-shipped",
  "secret-git",
  ...CLOSURE_FINDING_CODES,
  ...NATIVE_LIB_FINDING_CODES
];
function finding(f) {
  const { line, ...rest } = f;
  return line === void 0 ? rest : { ...rest, line };
}
function leftOutFinding(r) {
  return finding({ severity: "warning", code: "data-left-out", file: r.file, line: r.line, message: `the code opens ${r.target}, which function.zip leaves out: ${r.rule}`, fcSymptom: `the file is not in /code: open() raises FileNotFoundError, sqlite3 creates an empty database (no such table), and requests that need it fail with 500`, fix: `Ship it: add !${r.target} to .fcignore (it wins over the defaults), or create it at start; or, if it must not ship, set the function up to get it elsewhere (NAS, OSS, a database).` });
}
function findingLine(f) {
  return `${f.file}${f.line ? `:${f.line}` : ""}: ${f.message}. On FC: ${f.fcSymptom}. Fix: ${f.fix}`;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.code}\0${f.file}\0${f.line ?? ""}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var RANK = { error: 0, warning: 1, info: 2 };
function sortFindings(findings) {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}

// src/assemble/select.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs17 from "node:fs/promises";
import path18 from "node:path";

// src/assemble/zip.ts
import fs16 from "node:fs/promises";
import path17 from "node:path";

// src/assemble/zipwriter.ts
import { createHash as createHash4 } from "node:crypto";
import fsSync2 from "node:fs";
import fs15 from "node:fs/promises";
import zlib2 from "node:zlib";

// src/assemble/deflate-pool.ts
import fsSync from "node:fs";
import os2 from "node:os";
import { Worker } from "node:worker_threads";
import zlib from "node:zlib";
function packFiles(files, level, fs41, zlib6, state) {
  const out = [];
  for (const [id, file] of files) {
    try {
      const fd = fs41.openSync(file, "r");
      let size = 0;
      try {
        const want = fs41.fstatSync(fd).size;
        if (want > state.scratch.length) state.scratch = Buffer.allocUnsafe(want);
        while (size < want) {
          const n = fs41.readSync(fd, state.scratch, size, want - size, size);
          if (n === 0) break;
          size += n;
        }
      } finally {
        fs41.closeSync(fd);
      }
      const raw = state.scratch.subarray(0, size);
      const crc = zlib6.crc32(raw);
      let method = 0;
      let data = raw;
      if (size > 0) {
        const packed = zlib6.deflateRawSync(raw, { level });
        if (packed.length < size) {
          method = 8;
          data = packed;
        }
      }
      if (data.byteOffset !== 0 || data.byteLength !== data.buffer.byteLength) {
        const own = new Uint8Array(data.length);
        own.set(data);
        data = own;
      }
      out.push({ id, crc, method, usize: size, data });
    } catch (e) {
      out.push({ id, error: String(e?.message ?? e) });
    }
  }
  return out;
}
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const packFiles = ${packFiles.toString()};
const state = { scratch: Buffer.allocUnsafe(1024 * 1024) };
parentPort.on('message', ({ level, files }) => {
  const out = packFiles(files, level, require('node:fs'), require('node:zlib'), state);
  parentPort.postMessage(out, out.filter((r) => r.data).map((r) => r.data.buffer));
});
`;
function defaultWorkers() {
  const cores = os2.availableParallelism();
  return cores <= 2 ? 0 : Math.min(3, cores - 1);
}
var INLINE_BYTES = 4 * 1024 * 1024;
var DeflatePool = class {
  constructor(size, level, inlineBytes = INLINE_BYTES) {
    this.size = size;
    this.level = level;
    this.inlineBytes = inlineBytes;
  }
  size;
  level;
  inlineBytes;
  idle = [];
  queue = [];
  all = [];
  submitted = 0;
  /** Batches run on the calling thread until then, and always without workers. */
  inline = { scratch: Buffer.alloc(0) };
  /** Worker threads started so far. */
  get started() {
    return this.all.length;
  }
  /** Reads, checksums and deflates a batch of files (`bytes`: their total size, as listed). */
  run(files, bytes) {
    this.submitted += bytes;
    if (this.size === 0 || this.all.length === 0 && this.submitted <= this.inlineBytes) {
      return Promise.resolve().then(() => packFiles(files, this.level, fsSync, zlib, this.inline));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ files, resolve, reject });
      this.pump();
    });
  }
  spawn() {
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.unref();
    this.all.push(w);
    this.idle.push(w);
  }
  pump() {
    if (this.queue.length && !this.idle.length && this.all.length < this.size) this.spawn();
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop();
      const job = this.queue.shift();
      const onMessage = (r) => {
        w.off("error", onError);
        this.idle.push(w);
        job.resolve(r);
        this.pump();
      };
      const onError = (e) => {
        w.off("message", onMessage);
        job.reject(e);
      };
      w.once("message", onMessage);
      w.once("error", onError);
      w.postMessage({ level: this.level, files: job.files });
    }
  }
  async close() {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
};

// src/assemble/zipwriter.ts
var S_IFDIR = 16384;
var S_IFREG = 32768;
function dosDateTime(d) {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: year - 1980 << 9 | d.getUTCMonth() + 1 << 5 | d.getUTCDate(),
    time: d.getUTCHours() << 11 | d.getUTCMinutes() << 5 | d.getUTCSeconds() >> 1
  };
}
function pack(entry2, raw, level) {
  const crc = zlib2.crc32(raw);
  if (raw.length === 0) return { entry: entry2, crc, method: 0, data: raw, usize: 0 };
  const packed = zlib2.deflateRawSync(raw, { level });
  return packed.length < raw.length ? { entry: entry2, crc, method: 8, data: packed, usize: raw.length } : { entry: entry2, crc, method: 0, data: raw, usize: raw.length };
}
var STREAM_THRESHOLD = 1024 * 1024;
var OUT_BYTES = 1024 * 1024;
async function streamPack(entry2, level) {
  const raw = entry2.raw;
  const range = raw ? { start: raw.offset, end: raw.offset + raw.csize - 1 } : {};
  const { createReadStream: createReadStream4 } = await import("node:fs");
  let crc = 0;
  let usize = 0;
  const deflate = zlib2.createDeflateRaw({ level });
  const out = [];
  deflate.on("data", (c) => out.push(c));
  const finished = new Promise((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  for await (const chunk of createReadStream4(raw?.file ?? entry2.source, { highWaterMark: 1024 * 1024, ...range })) {
    const b = chunk;
    crc = zlib2.crc32(b, crc);
    usize += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await finished;
  const csize = out.reduce((n, c) => n + c.length, 0);
  if (raw && (usize !== raw.usize || crc >>> 0 !== raw.crc >>> 0)) throw new Error(`zip: ${entry2.name} in ${raw.file} does not match its CRC or size`);
  if (usize > 0 && csize < usize) return { entry: entry2, crc, method: 8, data: Buffer.alloc(0), chunks: out, csize, usize };
  if (raw) return { entry: entry2, crc, method: 0, data: Buffer.alloc(0), copy: raw, csize: raw.csize, usize };
  return { entry: entry2, crc, method: 0, data: await fs15.readFile(entry2.source), usize };
}
function headerFields(b, at, values) {
  [2, 2, 2, 2, 2, 4, 4, 4, 2].reduce((o, width, i) => width === 2 ? b.writeUInt16LE(values[i], o) : b.writeUInt32LE(values[i] >>> 0, o), at);
}
async function writeZipFile(outPath, entries, opts = {}) {
  const level = opts.level ?? 6;
  const windowBytes = opts.windowBytes ?? 8 * 1024 * 1024;
  const windowEntries = opts.windowEntries ?? 4096;
  const { date, time } = dosDateTime(opts.date ?? new Date(Date.UTC(1980, 0, 1)));
  const fh = await fs15.open(outPath, "w");
  const fds = /* @__PURE__ */ new Map();
  const hash = createHash4("sha256");
  let offset = 0;
  let unpackedSize = 0;
  let central = Buffer.allocUnsafe(64 * 1024);
  let centralLen = 0;
  const appendCentral = (len) => {
    if (centralLen + len > central.length) {
      const grown = Buffer.allocUnsafe(Math.max(central.length * 2, centralLen + len));
      central.copy(grown, 0, 0, centralLen);
      central = grown;
    }
    const at = central.subarray(centralLen, centralLen + len);
    centralLen += len;
    return at;
  };
  const out = Buffer.allocUnsafe(OUT_BYTES);
  let outLen = 0;
  let written = 0;
  const flush = async () => {
    if (!outLen) return;
    hash.update(out.subarray(0, outLen));
    for (let done = 0; done < outLen; ) done += (await fh.write(out, done, outLen - done, written + done)).bytesWritten;
    written += outLen;
    outLen = 0;
  };
  const write = async (buf) => {
    for (let p = 0; p < buf.length; ) {
      if (outLen === OUT_BYTES) await flush();
      const n = buf.copy(out, outLen, p);
      outLen += n;
      p += n;
    }
    offset += buf.length;
  };
  const copyRaw = async (src) => {
    let fd = fds.get(src.file);
    if (fd === void 0) fds.set(src.file, fd = fsSync2.openSync(src.file, "r"));
    for (let done = 0; done < src.csize; ) {
      if (outLen === OUT_BYTES) await flush();
      const n = fsSync2.readSync(fd, out, outLen, Math.min(src.csize - done, OUT_BYTES - outLen), src.offset + done);
      if (n === 0) throw new Error(`zip: ${src.file} ends inside an entry`);
      outLen += n;
      offset += n;
      done += n;
    }
  };
  const local = Buffer.alloc(30);
  const pool = new DeflatePool(Math.max(0, opts.workers ?? defaultWorkers()), level, opts.inlineBytes);
  const ready = /* @__PURE__ */ new Map();
  const batchBytes = 256 * 1024;
  const batchEntries = 32;
  let next = 0;
  let aheadBytes = 0;
  let failure;
  const sizeOf2 = (i) => entries[i].raw?.method === 8 ? 0 : entries[i].size ?? 0;
  const schedule = () => {
    while (next < entries.length && (aheadBytes < windowBytes || ready.size === 0) && ready.size < windowEntries) {
      const e = entries[next];
      if (e.raw?.method === 8 && !e.name.endsWith("/")) {
        const { crc, csize, usize } = e.raw;
        ready.set(next++, { entry: e, crc, method: 8, data: Buffer.alloc(0), copy: e.raw, csize, usize });
        continue;
      }
      if (e.name.endsWith("/") || !e.source && !e.load && !e.raw) {
        ready.set(next, { entry: e, crc: 0, method: 0, data: Buffer.alloc(0), usize: 0 });
        next++;
        continue;
      }
      if (!e.source || e.raw || sizeOf2(next) >= STREAM_THRESHOLD) {
        const i = next;
        const p = e.source || e.raw ? streamPack(e, level) : e.load().then((raw) => pack(e, raw, level));
        p.catch(() => void 0);
        ready.set(i, p);
        aheadBytes += sizeOf2(i);
        next++;
        continue;
      }
      const files = [];
      let bytes = 0;
      while (next < entries.length && files.length < batchEntries && entries[next].source && !entries[next].name.endsWith("/") && sizeOf2(next) < STREAM_THRESHOLD) {
        if (files.length && bytes + sizeOf2(next) > batchBytes) break;
        files.push([next, entries[next].source]);
        bytes += sizeOf2(next);
        next++;
      }
      aheadBytes += bytes;
      const batch = pool.run(files, bytes);
      for (const [id] of files) {
        const p = batch.then((results) => {
          const r = results.find((x) => x.id === id);
          if (r.error) throw new Error(`zip: cannot read ${entries[id].source}: ${r.error}`);
          const data = Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength);
          return { entry: entries[id], crc: r.crc, method: r.method, data, usize: r.usize };
        });
        p.catch((e2) => failure ??= e2);
        ready.set(id, p);
      }
    }
  };
  try {
    for (let i = 0; i < entries.length; i++) {
      schedule();
      const prep = await ready.get(i);
      ready.delete(i);
      aheadBytes -= prep.entry.name.endsWith("/") ? 0 : sizeOf2(i);
      if (failure) throw failure;
      const name = Buffer.from(prep.entry.name, "utf8");
      const utf8 = /[^\x20-\x7e]/.test(prep.entry.name) ? 2048 : 0;
      const isDir = prep.entry.name.endsWith("/");
      const needed = prep.method === 8 ? 20 : 10;
      const csize = prep.csize ?? prep.data.length;
      if (offset > 4294967294 || csize > 4294967294 || prep.usize > 4294967294) {
        throw new Error(`zip: ${prep.entry.name} lies past 4 GiB; archives that large are not supported`);
      }
      const fields = [needed, utf8, prep.method, time, date, prep.crc, csize, prep.usize, name.length];
      local.writeUInt32LE(67324752, 0);
      headerFields(local, 4, fields);
      const cd = appendCentral(46 + name.length);
      cd.fill(0, 0, 46);
      cd.writeUInt32LE(33639248, 0);
      cd.writeUInt16LE(3 << 8 | 20, 4);
      headerFields(cd, 6, fields);
      const unixMode = ((isDir ? S_IFDIR : S_IFREG) | prep.entry.mode & 4095) >>> 0;
      cd.writeUInt32LE((unixMode << 16 | (isDir ? 16 : 0)) >>> 0, 38);
      cd.writeUInt32LE(offset, 42);
      name.copy(cd, 46);
      await write(local);
      await write(name);
      if (prep.data.length) await write(prep.data);
      for (const c of prep.chunks ?? []) await write(c);
      if (prep.copy) await copyRaw(prep.copy);
      unpackedSize += prep.usize;
    }
    const cdStart = offset;
    await write(central.subarray(0, centralLen));
    if (entries.length > 65535 || cdStart > 4294967294) {
      throw new Error("zip: more than 65535 entries or a central directory past 4 GiB is not supported");
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(101010256, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(centralLen, 12);
    end.writeUInt32LE(cdStart, 16);
    await write(end);
    await flush();
  } catch (e) {
    await fh.close();
    await fs15.rm(outPath, { force: true });
    throw e;
  } finally {
    await pool.close();
    for (const fd of fds.values()) fsSync2.closeSync(fd);
  }
  await fh.close();
  return { size: offset, sha256: hash.digest("hex"), entries: entries.length, unpackedSize };
}

// src/assemble/zip.ts
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
async function writeZip(entries, outPath, opts = {}) {
  await fs16.mkdir(path17.dirname(outPath), { recursive: true });
  const res = await writeZipFile(
    outPath,
    entries.map((e) => ({
      name: e.name,
      mode: e.mode,
      size: e.size ?? e.data?.length,
      source: e.data ? void 0 : e.source,
      load: e.data ? async () => e.data : void 0,
      raw: e.data ? void 0 : e.raw
    })),
    { level: opts.level, date: FIXED_DATE }
  );
  return { path: outPath, ...res };
}

// src/assemble/select.ts
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
  const st = await fs17.lstat(full);
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  let files = 0;
  let bytes = 0;
  for (const name of await fs17.readdir(full)) {
    const s = await sizeOf(path18.join(full, name));
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
    const text = await fs17.readFile(path18.join(root, ".fcignore"), "utf8");
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
  const rel = path18.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path18.isAbsolute(rel);
}
async function selectFiles(root, opts) {
  const realRoot = await fs17.realpath(root);
  const { ig } = await buildIgnore(root, opts.exclude);
  const skip = (opts.skipAbsolute ?? []).map((p) => path18.resolve(p));
  const entries = [];
  const rules = /* @__PURE__ */ new Map();
  const excluded = [];
  const excludedFiles = [];
  const excludedBy = /* @__PURE__ */ new Map();
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
    excludedBy.set(rel, { source, pattern });
  };
  const walk2 = async (dir, rel, realStack) => {
    const names2 = (await fs17.readdir(dir)).sort();
    for (const name of names2) {
      const full = path18.join(dir, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (skip.some((s) => full === s)) continue;
      const lst = await fs17.lstat(full);
      let st = lst;
      if (lst.isSymbolicLink()) {
        const target = await fs17.readlink(full);
        let real;
        try {
          real = await fs17.realpath(full);
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
        st = await fs17.stat(full);
        links.set(childRel, path18.relative(realRoot, real));
      }
      const isDir = st.isDirectory();
      const test = ig.test(isDir ? `${childRel}/` : childRel);
      if (test.ignored) {
        await leaveOut(childRel, full, test.rule?.mark ?? "default", test.rule?.pattern ?? "?");
        continue;
      }
      if (isDir) {
        const real = await fs17.realpath(full);
        if (realStack.includes(real)) {
          throw new UserError(`Symbolic link ${childRel} makes a loop. Remove it or exclude it.`, "working-directory");
        }
        entries.push({ name: `${childRel}/`, mode: EXEC_MODE });
        await walk2(full, childRel, [...realStack, real]);
      } else if (st.isFile()) {
        entries.push({ name: childRel, source: full, mode: normalizeMode(st.mode, false), size: st.size });
      }
    }
  };
  await walk2(root, "", [realRoot]);
  return {
    entries,
    rules: [...rules.values()].sort((a, b) => b.bytes - a.bytes),
    largest: excluded.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    excludedFiles,
    excludedBy,
    links
  };
}

// src/assemble/left-out.ts
import fs18 from "node:fs/promises";
import path19 from "node:path";

// src/formats/pysource.ts
var LIT = /\u0000(\d+)\u0000/g;
function tokenize3(text) {
  const lines = [];
  const strings2 = [];
  let code = "";
  let depth = 0;
  let lineNo = 1;
  let start = 1;
  let indent = 0;
  let atLineStart = true;
  const end = () => {
    if (code.trim()) lines.push({ line: start, indent, code: code.trim() });
    code = "";
    atLineStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (atLineStart) {
      if (c === " " || c === "	") continue;
      if (c === "\n") {
        lineNo++;
        continue;
      }
      const lineBegin = text.lastIndexOf("\n", i - 1) + 1;
      indent = i - lineBegin;
      start = lineNo;
      atLineStart = false;
    }
    if (c === "#") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      i++;
      lineNo++;
      code += " ";
      continue;
    }
    if (c === "\n") {
      lineNo++;
      if (depth > 0) code += " ";
      else end();
      continue;
    }
    if (c === '"' || c === "'") {
      const prefix = /([rRbBuUfF]{0,2})$/.exec(code)?.[1] ?? "";
      const raw = /r/i.test(prefix);
      const isF = /f/i.test(prefix);
      code = code.slice(0, code.length - prefix.length);
      const triple = text.startsWith(c.repeat(3), i);
      const quote2 = triple ? c.repeat(3) : c;
      let j = i + quote2.length;
      let value = "";
      while (j < text.length && !text.startsWith(quote2, j)) {
        const d = text[j];
        if (d === "\n") {
          lineNo++;
          if (!triple) break;
        }
        if (d === "\\" && !raw && j + 1 < text.length) {
          const n = text[j + 1];
          value += n === "n" ? "\n" : n === "t" ? "	" : n === "\n" ? "" : n;
          if (n === "\n") lineNo++;
          j += 2;
          continue;
        }
        value += d;
        j++;
      }
      strings2.push(isF && value.includes("{") ? null : value);
      code += `\0${strings2.length - 1}\0`;
      i = j + quote2.length - 1;
      continue;
    }
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
    code += c;
  }
  end();
  return { lines, strings: strings2 };
}
function bracketed(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if ("([{".includes(code[i])) depth++;
    else if (")]}".includes(code[i]) && --depth === 0) return code.slice(open + 1, i);
  }
  return code.slice(open + 1);
}
function splitArgs2(args) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const c of args) {
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (c === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
var UVICORN = { defaults: { host: "127.0.0.1", port: 8e3 }, positional: ["-"] };
var FLASK = { defaults: { host: "127.0.0.1", port: 5e3 }, positional: ["host", "port"] };
var SOCKETIO = { defaults: { host: "127.0.0.1", port: 5e3 }, positional: ["-", "host", "port"] };
var AIOHTTP = { defaults: { host: "0.0.0.0", port: 8080 }, positional: ["-"] };
var WAITRESS = { defaults: { host: "0.0.0.0", port: 8080 }, positional: ["-"] };
function readPySource(text) {
  const { lines, strings: strings2 } = tokenize3(text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n"));
  const literal = (expr) => {
    const m = /^\u0000(\d+)\u0000$/.exec(expr.trim());
    return m ? strings2[Number(m[1])] : void 0;
  };
  const imports = (mod) => lines.some((l) => new RegExp(`^(import\\s+${mod}\\b|from\\s+${mod}\\b)`).test(l.code));
  const flaskApps = /* @__PURE__ */ new Set();
  const socketios = /* @__PURE__ */ new Set();
  const usesFlask = imports("flask") || imports("quart");
  for (const l of lines) {
    const m = /^(\w+)\s*(?::\s*[\w.]+\s*)?=\s*([\w.]+)\s*\(/.exec(l.code);
    if (!m) continue;
    const callee = m[2].split(".").pop();
    if (callee === "Flask" || callee === "Quart" || usesFlask && /^(create_app|make_app|get_app)$/.test(callee)) flaskApps.add(m[1]);
    if (callee === "SocketIO") socketios.add(m[1]);
  }
  const waitressServe = lines.some((l) => /^from\s+waitress\s+import\s+.*\bserve\b/.test(l.code));
  const servers = [];
  let inMain = false;
  for (const l of lines) {
    if (l.indent === 0) inMain = /^if\s+(__name__\s*==\s*\u0000\d+\u0000|\u0000\d+\u0000\s*==\s*__name__)\s*:/.test(l.code);
    if (l.indent !== 0 && !inMain) continue;
    for (const m of l.code.matchAll(/(?<![\w.])([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)\s*\(/g)) {
      const call = m[1];
      const [obj, fn] = call.includes(".") ? call.split(".") : [void 0, call];
      let kind;
      if (call === "uvicorn.run") kind = UVICORN;
      else if (fn === "run" && obj && flaskApps.has(obj)) kind = FLASK;
      else if (fn === "run" && obj && socketios.has(obj)) kind = SOCKETIO;
      else if (call === "web.run_app" || call === "aiohttp.web.run_app") kind = AIOHTTP;
      else if (call === "waitress.serve" || call === "serve" && waitressServe) kind = WAITRESS;
      if (!kind) continue;
      const args = splitArgs2(bracketed(l.code, m.index + m[0].length - 1));
      if (args.some((a) => a.startsWith("*"))) continue;
      const given = {};
      let pos = 0;
      for (const a of args) {
        const kw = /^(\w+)\s*=(?!=)\s*(.*)$/s.exec(a);
        const name = kw ? kw[1] : kind.positional[pos++];
        const value = kw ? kw[2] : a;
        if (name === "host") given.host = literal(value) ?? null;
        else if (name === "port") given.port = /^\d+$/.test(value.trim()) ? Number(value) : literal(value) && /^\d+$/.test(literal(value)) ? Number(literal(value)) : null;
        else if (name === "listen" || name === "sock" || name === "path" || name === "uds" || name === "fd") given.host = given.port = null;
      }
      const defaulted = [];
      if (!("host" in given)) defaulted.push("host");
      if (!("port" in given)) defaulted.push("port");
      servers.push({ line: l.line, call, host: "host" in given ? given.host : kind.defaults.host, port: "port" in given ? given.port : kind.defaults.port, defaulted });
    }
  }
  const fileRefs = [];
  for (const l of lines) {
    const lits = [];
    for (const m of l.code.matchAll(LIT)) {
      const v = strings2[Number(m[1])];
      if (v) lits.push(v);
    }
    if (!lits.length) continue;
    const fromFile = /__file__/.test(l.code);
    const seen = /* @__PURE__ */ new Set();
    const add = (p) => {
      const clean = p.replace(/^(\.\/)+/, "");
      if (!clean || seen.has(clean) || clean.length > 300 || /[\s*?<>|]/.test(clean) || !/[./]/.test(clean) || /^[a-z]+:\/\//i.test(clean)) return;
      seen.add(clean);
      fileRefs.push({ line: l.line, path: clean, fromFile });
    };
    for (const v of lits) {
      const url = /^sqlite(?:\+\w+)?:\/\/\/(.+)$/.exec(v);
      add(url ? url[1].replace(/\?.*$/, "") : v);
    }
    if (lits.length > 1 && (/join\s*\(/.test(l.code) || /\u0000\s*\/\s*\u0000|\)\s*\/\s*\u0000/.test(l.code))) add(lits.join("/").replace(/\/+/g, "/"));
  }
  return { servers, fileRefs };
}
var IMPORT = /^import\s+(.+)$/;
var FROM = /^from\s+(\.*)([A-Za-z_][\w.]*)?\s+import\b/;
var NAME3 = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
function pythonImports(text) {
  const out = [];
  const stack = [];
  for (const l of tokenize3(text.replace(/^\uFEFF/, "")).lines.map((x) => ({ text: x.code, line: x.line, indent: x.indent }))) {
    while (stack.length && stack.at(-1).indent >= l.indent) stack.pop();
    const head = /^(async\s+def|def|class|try|except|finally|if|elif|else|with|async\s+with|for|async\s+for|while|match|case)\b[^:]*:\s*(.*)$/.exec(l.text);
    let stmt = l.text;
    if (head) {
      const kind = /def|class/.test(head[1]) ? "def" : /^(try|except|if|elif|else)$/.test(head[1]) ? "guard" : "other";
      stack.push({ indent: l.indent, kind });
      stmt = head[2] ?? "";
      if (!stmt) continue;
    }
    const topLevel2 = !stack.some((s) => s.kind === "def");
    const guarded = stack.some((s) => s.kind === "guard");
    for (const part of stmt.split(";").map((p) => p.trim())) {
      const m = IMPORT.exec(part);
      if (m) {
        for (const item of m[1].split(",")) {
          const mod = item.trim().split(/\s+as\s+/)[0].trim();
          if (NAME3.test(mod)) out.push({ module: mod, line: l.line, topLevel: topLevel2, guarded });
        }
        continue;
      }
      const f = FROM.exec(part);
      if (f && !f[1] && f[2] && NAME3.test(f[2])) out.push({ module: f[2], line: l.line, topLevel: topLevel2, guarded });
    }
  }
  return out;
}

// src/assemble/left-out.ts
var MAX_SOURCE = 1e6;
var NOT_DATA = /(^|\/)(\.env|\.git|__pycache__|[^/]*\.pyc|\.DS_Store|s\.ya?ml|\.fcignore|\.?venv|node_modules|\.history|\.s)$/;
async function leftOutReads(sel) {
  if (!sel.excludedFiles.length) return [];
  const ruleOf = (p) => {
    for (let q = p; q && q !== "."; q = path19.posix.dirname(q)) {
      const r = sel.excludedBy.get(q);
      if (r) return r;
    }
    return void 0;
  };
  const byBase = /* @__PURE__ */ new Map();
  for (const f of sel.excludedFiles) {
    if (NOT_DATA.test(f)) continue;
    const base = path19.posix.basename(f);
    byBase.set(base, [...byBase.get(base) ?? [], f]);
  }
  if (!byBase.size) return [];
  const out = [];
  for (const e of sel.entries) {
    if (!e.name.endsWith(".py") || !e.source && !e.data || (e.size ?? 0) > MAX_SOURCE || e.name.startsWith("python/")) continue;
    const text = e.data ? e.data.toString("utf8") : await fs18.readFile(e.source, "utf8").catch(() => "");
    const dir = path19.posix.dirname(e.name);
    for (const ref of readPySource(text).fileRefs) {
      const p = ref.path.replace(/^\/code\//, "");
      if (p.startsWith("/")) continue;
      const candidates = [path19.posix.normalize(p), path19.posix.normalize(path19.posix.join(dir, p))].filter((c) => !c.startsWith("../") && !NOT_DATA.test(c));
      let target = candidates.find((c) => ruleOf(c));
      if (!target && !p.includes("/")) {
        const same = byBase.get(p);
        if (same?.length === 1) target = same[0];
      }
      if (!target) continue;
      const rule = ruleOf(target);
      if (!out.some((o) => o.file === e.name && o.target === target)) out.push({ file: e.name, line: ref.line, target, rule });
    }
  }
  return out;
}
function ruleWords(rule) {
  if (rule.source === "default") return `${rule.pattern} (a default exclusion)`;
  if (rule.source.startsWith(".fcignore:")) return `${rule.pattern} (.fcignore line ${rule.source.slice(".fcignore:".length)})`;
  return `${rule.pattern} (the exclude input)`;
}

// src/assemble/unzip.ts
import fs21 from "node:fs/promises";
import path21 from "node:path";

// src/assemble/tree.ts
import fsSync3, { createReadStream, createWriteStream } from "node:fs";
import fs20 from "node:fs/promises";
import path20 from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib4 from "node:zlib";

// src/assemble/wheel-read.ts
import fs19 from "node:fs";
import zlib3 from "node:zlib";
var CP437_HIGH = "\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
function decodeName(b, utf8) {
  if (utf8) return b.toString("utf8");
  if (!b.some((c) => c >= 128)) return b.toString("latin1");
  let s = "";
  for (const c of b) s += c < 128 ? String.fromCharCode(c) : CP437_HIGH[c - 128];
  return s;
}
function readAt(fd, length, position, file) {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = fs19.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) throw new Error(`${file} is truncated`);
    done += n;
  }
  return buf;
}
function findDirectory(fd, size, file) {
  const tailLen = Math.min(size, 22 + 65535 + 20);
  const tail2 = readAt(fd, tailLen, size - tailLen, file);
  let at = -1;
  for (let i = tail2.length - 22; i >= 0; i--) if (tail2.readUInt32LE(i) === 101010256) {
    at = i;
    break;
  }
  if (at < 0) throw new Error("no end of central directory record");
  let count = tail2.readUInt16LE(at + 10);
  let length = tail2.readUInt32LE(at + 12);
  let offset = tail2.readUInt32LE(at + 16);
  if ((count === 65535 || length === 4294967295 || offset === 4294967295) && at >= 20 && tail2.readUInt32LE(at - 20) === 117853008) {
    const rec = readAt(fd, 56, Number(tail2.readBigUInt64LE(at - 12)), file);
    if (rec.readUInt32LE(0) !== 101075792) throw new Error("bad zip64 end record");
    count = Number(rec.readBigUInt64LE(32));
    length = Number(rec.readBigUInt64LE(40));
    offset = Number(rec.readBigUInt64LE(48));
  }
  return { offset, length, count };
}
async function readWheel(file) {
  return readZipDirectory(file, "wheel");
}
function notReadable(file, what, e) {
  if (e instanceof UserError) return e;
  return new UserError(`${file} is not a readable ${what}: ${e.message}.${what === "wheel" ? " Delete it from the wheel cache and build again." : ""}`);
}
function openFile(file, what) {
  try {
    return fs19.openSync(file, "r");
  } catch (e) {
    throw new UserError(`Cannot open the ${what} ${file}: ${e.message}.`);
  }
}
function centralDirectory(fd, file) {
  const { offset, length, count } = findDirectory(fd, fs19.fstatSync(fd).size, file);
  const cd = readAt(fd, length, offset, file);
  const out = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 33639248) throw new Error(`bad central directory entry ${i}`);
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const dosTime = cd.readUInt16LE(p + 12);
    const dosDate = cd.readUInt16LE(p + 14);
    const crc = cd.readUInt32LE(p + 16);
    let csize = cd.readUInt32LE(p + 20);
    let usize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const external = cd.readUInt32LE(p + 38);
    let local = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) throw new Error(`central directory entry ${i} runs past its end`);
    const name = decodeName(cd.subarray(p + 46, p + 46 + nameLen), (flags & 2048) !== 0);
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = cd.readUInt16LE(x);
      const len = cd.readUInt16LE(x + 2);
      if (id === 1) {
        let q = x + 4;
        if (usize === 4294967295) usize = Number(cd.readBigUInt64LE(q)), q += 8;
        if (csize === 4294967295) csize = Number(cd.readBigUInt64LE(q)), q += 8;
        if (local === 4294967295) local = Number(cd.readBigUInt64LE(q));
      }
      x += 4 + len;
    }
    p += 46 + nameLen + extraLen + commentLen;
    out.push({ name, mode: external >>> 16 & 65535, flags, method, crc: crc >>> 0, csize, usize, local, dosDate, dosTime });
  }
  return out;
}
function readCentralDirectory(file, what = "zip") {
  const fd = openFile(file, what);
  try {
    return centralDirectory(fd, file);
  } catch (e) {
    throw notReadable(file, what, e);
  } finally {
    fs19.closeSync(fd);
  }
}
function dataOffset(fd, e, header2) {
  if (fs19.readSync(fd, header2, 0, 30, e.local) !== 30 || header2.readUInt32LE(0) !== 67324752) throw new Error(`no local header for ${e.name}`);
  return e.local + 30 + header2.readUInt16LE(26) + header2.readUInt16LE(28);
}
function toMember(fd, file, e, header2, fileSize) {
  if (e.flags & 1) throw new UserError(`${file}: entry ${e.name} is encrypted; pip cannot install it either.`);
  if (e.method !== 0 && e.method !== 8) {
    throw new UserError(`${file}: entry ${e.name} uses compression method ${e.method}; only stored and deflated entries are supported.`);
  }
  const offset = dataOffset(fd, e, header2);
  if (offset + e.csize > fileSize || e.method === 0 && e.usize !== e.csize) throw new UserError(`${file} is corrupt: ${e.name} states ${e.csize} bytes at ${offset}, past the end of the file or not its size.`);
  return { name: e.name, mode: e.mode, raw: { file, offset, method: e.method, crc: e.crc, csize: e.csize, usize: e.usize } };
}
async function readZipDirectory(file, what = "zip", want) {
  const fd = openFile(file, what);
  try {
    const header2 = Buffer.alloc(30);
    const size = fs19.fstatSync(fd).size;
    const members = centralDirectory(fd, file).filter((e) => !want || want(e)).map((e) => toMember(fd, file, e, header2, size));
    return { file, members };
  } catch (e) {
    throw notReadable(file, what, e);
  } finally {
    fs19.closeSync(fd);
  }
}
function readMember(m, scratch) {
  const fd = fs19.openSync(m.raw.file, "r");
  try {
    if (scratch && m.raw.method === 8 && scratch.buf.length < m.raw.csize) scratch.buf = Buffer.allocUnsafe(m.raw.csize);
    const buf = scratch && m.raw.method === 8 ? scratch.buf.subarray(0, m.raw.csize) : Buffer.allocUnsafe(m.raw.csize);
    let done = 0;
    while (done < buf.length) {
      const n = fs19.readSync(fd, buf, done, buf.length - done, m.raw.offset + done);
      if (n === 0) throw new UserError(`${m.raw.file} is truncated inside ${m.name}.`);
      done += n;
    }
    const data = m.raw.method === 8 ? inflateMember(buf, m.raw.usize, m.raw.file, m.name) : buf;
    if (data.length !== m.raw.usize || zlib3.crc32(data) >>> 0 !== m.raw.crc) throw new UserError(`${m.raw.file} is corrupt: ${m.name} fails its CRC.`);
    return data;
  } finally {
    fs19.closeSync(fd);
  }
}
var MAX_RATIO = 1032;
function inflateMember(packed, usize, file, name) {
  if (usize > packed.length * MAX_RATIO + 64) throw new UserError(`${file} is corrupt: ${name} claims ${usize} bytes from ${packed.length} packed.`);
  try {
    return zlib3.inflateRawSync(packed, { chunkSize: Math.max(64, usize + 1), maxOutputLength: Math.max(1, usize + 1) });
  } catch (e) {
    throw new UserError(`${file} is corrupt: ${name} does not inflate (${e.message}).`);
  }
}
function isExecutableMember(m) {
  return (m.mode & 61440) === 32768 && (m.mode & 73) !== 0;
}
var PARTS_WINDOW = 4 * 1024 * 1024;
async function readMemberParts(m, ranges) {
  const { file, offset, csize, usize, method, crc } = m.raw;
  if (usize > csize * MAX_RATIO + 64) throw new UserError(`${file} is corrupt: ${m.name} claims ${usize} bytes from ${csize} packed.`);
  const out = Buffer.alloc(usize);
  const clamp = (r) => r.map(([a, b]) => [Math.max(0, a), Math.min(usize, b)]).filter(([a, b]) => a < b);
  const first = ranges(out);
  if (!first) return readMember(m);
  const have = [];
  const covered = ([a, b]) => have.some(([s, e]) => s <= a && b <= e);
  let want = clamp([[0, Math.min(usize, PARTS_WINDOW)], ...first]);
  for (let pass = 0; pass < 4; pass++) {
    const missing = want.filter((r) => !covered(r));
    if (!missing.length) return out;
    if (method === 0) {
      const fd = fs19.openSync(file, "r");
      try {
        for (const [a, b] of missing) {
          if (fs19.readSync(fd, out, a, b - a, offset + a) !== b - a) throw new UserError(`${file} is truncated inside ${m.name}.`);
          have.push([a, b]);
        }
      } finally {
        fs19.closeSync(fd);
      }
    } else {
      await inflateParts(m, out, missing, have, (r) => clamp(ranges(out) ?? []).filter(([a]) => a >= r));
    }
    const next = ranges(out);
    if (!next) return readMember(m);
    want = clamp(next);
  }
  return out;
}
async function inflateParts(m, out, missing, have, ahead) {
  const { file, offset, csize, usize, crc } = m.raw;
  const todo = [...missing];
  let end = Math.max(...todo.map(([, b]) => b));
  let pos = 0;
  let sum = 0;
  const source = fs19.createReadStream(file, { start: offset, end: offset + Math.max(0, csize - 1), highWaterMark: 256 * 1024 });
  const inflate = zlib3.createInflateRaw({ chunkSize: 256 * 1024 });
  source.pipe(inflate);
  try {
    for await (const chunk of inflate) {
      const from = pos;
      pos += chunk.length;
      if (pos > usize) throw new UserError(`${file} is corrupt: ${m.name} unpacks past its ${usize} bytes.`);
      sum = zlib3.crc32(chunk, sum);
      let touched = false;
      for (const [a, b] of todo) {
        const s = Math.max(a, from);
        const e = Math.min(b, pos);
        if (s < e) {
          chunk.copy(out, s, s - from, e - from);
          touched = true;
        }
      }
      if (touched) {
        for (const r of ahead(pos)) if (!todo.some(([a, b]) => a <= r[0] && r[1] <= b)) todo.push(r);
        end = Math.max(end, ...todo.map(([, b]) => b));
      }
      if (pos >= end && pos < usize) break;
    }
  } catch (e) {
    throw isUserError(e) ? e : new UserError(`${file} is corrupt: ${m.name} does not inflate (${e.message}).`);
  } finally {
    source.destroy();
    inflate.destroy();
  }
  if (pos === usize && sum >>> 0 !== crc) throw new UserError(`${file} is corrupt: ${m.name} fails its CRC.`);
  if (pos < end) throw new UserError(`${file} is corrupt: ${m.name} unpacks to ${pos} bytes, not ${usize}.`);
  have.push(...todo.filter(([, b]) => b <= pos));
}

// src/assemble/tree.ts
var PARALLEL = 8;
var STREAM_BYTES = 1024 * 1024;
async function writeMembers(jobs) {
  const fds = /* @__PURE__ */ new Map();
  const fdOf = (file) => {
    let fd = fds.get(file);
    if (fd === void 0) fds.set(file, fd = fsSync3.openSync(file, "r"));
    return fd;
  };
  try {
    let next = 0;
    let small = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const { target, raw, perm, name } = jobs[next++];
        const { file, offset, csize, usize, method, crc } = raw;
        if (csize > STREAM_BYTES) {
          const from = createReadStream(file, { start: offset, end: offset + csize - 1, highWaterMark: 1024 * 1024 });
          let sum = 0;
          let size = 0;
          const check2 = new Transform({
            transform(chunk, _enc, done) {
              sum = zlib4.crc32(chunk, sum);
              size += chunk.length;
              done(null, chunk);
            }
          });
          const to = createWriteStream(target, { mode: perm });
          try {
            await (method === 8 ? pipeline(from, zlib4.createInflateRaw(), check2, to) : pipeline(from, check2, to));
          } catch (e) {
            throw new UserError(`${file} is corrupt: ${name} does not inflate (${e.message}).`);
          }
          if (size !== usize) throw new UserError(`${file} is corrupt: ${name} does not unpack to ${usize} bytes.`);
          if (sum >>> 0 !== crc) throw new UserError(`${file} is corrupt: ${name} fails its CRC.`);
          await fs20.chmod(target, perm);
          continue;
        }
        const packed = Buffer.allocUnsafe(csize);
        if (csize && fsSync3.readSync(fdOf(file), packed, 0, csize, offset) !== csize) throw new UserError(`${file} is truncated inside ${name}.`);
        const data = method === 8 ? inflateMember(packed, usize, file, name) : packed;
        if (data.length !== usize || zlib4.crc32(data) >>> 0 !== crc) throw new UserError(`${file} is corrupt: ${name} fails its CRC.`);
        const fd = fsSync3.openSync(target, "w", perm);
        try {
          for (let done = 0; done < data.length; ) done += fsSync3.writeSync(fd, data, done);
          fsSync3.fchmodSync(fd, perm);
        } finally {
          fsSync3.closeSync(fd);
        }
        if (++small % 32 === 0) await new Promise((r) => setImmediate(r));
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
  } finally {
    for (const fd of fds.values()) fsSync3.closeSync(fd);
  }
}
async function writeTree(entries, dest) {
  const root = path20.resolve(dest);
  const members = [];
  const others2 = [];
  const dirs = /* @__PURE__ */ new Set([root]);
  for (const e of entries) {
    const target = path20.resolve(root, e.name);
    if (target !== root && !target.startsWith(root + path20.sep)) throw new Error(`entry ${e.name} lands outside ${root}`);
    if (e.name.endsWith("/")) {
      dirs.add(target);
      continue;
    }
    dirs.add(path20.dirname(target));
    const perm = e.mode & 73 ? 493 : 420;
    if (e.raw) members.push({ target, raw: e.raw, perm, name: e.name });
    else others2.push({ target, entry: e });
  }
  for (const d of [...dirs].sort()) await fs20.mkdir(d, { recursive: true });
  await writeMembers(members);
  for (const { target, entry: entry2 } of others2) {
    const perm = entry2.mode & 73 ? 493 : 420;
    if (entry2.data) await fs20.writeFile(target, entry2.data, { mode: perm });
    else await fs20.copyFile(entry2.source, target);
    await fs20.chmod(target, perm);
  }
  return members.length + others2.length;
}

// src/assemble/unzip.ts
function unsafeEntryReason(name) {
  if (name.includes("\\")) return "contains a backslash";
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) return "is an absolute path";
  if (name.split("/").includes("..")) return "climbs out with ..";
  if (name.includes("\0")) return "contains a NUL byte";
  return void 0;
}
function toListing(e) {
  const isDir = e.name.endsWith("/") || (e.mode & 61440) === 16384;
  return {
    name: e.name,
    mode: e.mode,
    isDir,
    isSymlink: (e.mode & 61440) === 40960,
    size: e.usize,
    compressedSize: e.csize,
    crc32: e.crc,
    dosDate: e.dosDate,
    dosTime: e.dosTime
  };
}
async function listZip(zipPath) {
  return readCentralDirectory(zipPath).map(toListing);
}
async function forEachZipEntry(zipPath, want, fn, parts) {
  const { members } = await readZipDirectory(zipPath, "zip", (e) => !e.name.endsWith("/") && want(e.name) && !unsafeEntryReason(e.name));
  const scratch = { buf: Buffer.alloc(0) };
  for (const m of members) {
    const ranges = parts?.(m.name);
    await fn(m.name, ranges ? await readMemberParts(m, ranges) : readMember(m, scratch));
  }
}
async function readZipEntries(zipPath, want) {
  const { members } = await readZipDirectory(zipPath, "zip", (e) => !e.name.endsWith("/") && want(e.name));
  return new Map(members.map((m) => [m.name, readMember(m)]));
}
async function extractZip(zipPath, dest) {
  const root = path21.resolve(dest);
  const { members } = await readZipDirectory(zipPath);
  const files = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Set();
  for (const m of members) {
    const why = unsafeEntryReason(m.name);
    const target = path21.resolve(root, m.name);
    if (why || target !== root && !target.startsWith(root + path21.sep)) {
      throw new UserError(`Refusing to unpack ${zipPath}: entry "${m.name}" ${why ?? "lands outside the destination"}.`);
    }
    const type = m.mode & 61440;
    if (type === 40960) throw new UserError(`Refusing to unpack ${zipPath}: entry "${m.name}" is a symbolic link.`);
    if (m.name.endsWith("/") || type === 16384) {
      dirs.add(target);
      continue;
    }
    dirs.add(path21.dirname(target));
    files.delete(target);
    files.set(target, m);
  }
  for (const d of [...dirs].sort()) await fs21.mkdir(d, { recursive: true });
  await writeMembers([...files].map(([target, m]) => ({ target, raw: m.raw, perm: m.mode & 73 ? 493 : 420, name: m.name })));
  return files.size;
}

// src/doctor/artifact.ts
async function sniffFormat(file) {
  const fh = await openFile2(file, "r");
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    if (bytesRead >= 4 && buf.readUInt32LE(0) === 67324752) return "zip";
    if (bytesRead >= 4 && buf.readUInt32LE(0) === 101010256) return "zip";
    if (bytesRead >= 2 && buf[0] === 31 && buf[1] === 139) return "gzip";
    if (bytesRead >= 262 && buf.toString("latin1", 257, 262) === "ustar") return "tar";
    return "unknown";
  } finally {
    await fh.close();
  }
}
async function openZipArtifact(file) {
  const listing = await listZip(file);
  const unsafe = [];
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  const duplicates = [];
  for (const e of listing) {
    const why = unsafeEntryReason(e.name);
    if (why) {
      unsafe.push({ name: e.name, reason: why });
      continue;
    }
    if (seen.has(e.name)) duplicates.push(e.name);
    seen.add(e.name);
    entries.push({ name: e.isDir && !e.name.endsWith("/") ? `${e.name}/` : e.name, mode: e.mode, size: e.isDir ? 0 : e.size, isDir: e.isDir, isSymlink: e.isSymlink });
  }
  return {
    format: "zip",
    entries,
    unsafe,
    duplicates,
    zippedSize: (await stat(file)).size,
    notes: [],
    read: (want, fn, parts) => forEachZipEntry(file, want, fn, parts)
  };
}
async function openFolderArtifact(dir) {
  const sel = await selectFiles(dir, { exclude: [] });
  const sources = /* @__PURE__ */ new Map();
  const entries = sel.entries.map((e) => {
    const isDir = e.name.endsWith("/");
    if (!isDir) sources.set(e.name, { source: e.source, data: e.data });
    return { name: e.name, mode: (isDir ? 16384 : 32768) | e.mode, size: e.size ?? 0, isDir, isSymlink: false };
  });
  const notes = (await leftOutReads(sel)).map((r) => leftOutFinding({ ...r, rule: ruleWords(r.rule) }));
  return {
    format: "folder",
    entries,
    unsafe: [],
    duplicates: [],
    notes,
    read: async (want, fn) => {
      for (const [name, s] of sources) if (want(name)) await fn(name, s.data ?? await readFile(s.source));
    }
  };
}
async function listLayerNames(source) {
  const st = await stat(source);
  if (!st.isDirectory()) return (await listZip(source)).filter((e) => !unsafeEntryReason(e.name)).map((e) => e.name);
  const root = await realpath(source);
  const out = [];
  const walk2 = async (dir, rel) => {
    for (const d of await readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      const full = path22.join(dir, d.name);
      const isDir = d.isDirectory() || d.isSymbolicLink() && await lstat(full).then(() => stat(full)).then((s) => s.isDirectory()).catch(() => false);
      if (isDir) {
        out.push(`${r}/`);
        await walk2(full, r);
      } else out.push(r);
    }
  };
  await walk2(root, "");
  return out;
}

// src/formats/binary-reader.ts
var ParseError = class extends Error {
};
var Reader = class {
  constructor(buf, little) {
    this.buf = buf;
    this.little = little;
  }
  buf;
  little;
  check(offset, length, what) {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > this.buf.length) {
      throw new ParseError(`${what} (offset ${offset}, ${length} bytes) lies past the end of the ${this.buf.length}-byte file`);
    }
  }
  u16(offset, what) {
    this.check(offset, 2, what);
    return this.little ? this.buf.readUInt16LE(offset) : this.buf.readUInt16BE(offset);
  }
  u32(offset, what) {
    this.check(offset, 4, what);
    return this.little ? this.buf.readUInt32LE(offset) : this.buf.readUInt32BE(offset);
  }
  u64(offset, what) {
    this.check(offset, 8, what);
    const v = this.little ? this.buf.readBigUInt64LE(offset) : this.buf.readBigUInt64BE(offset);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ParseError(`${what} is implausibly large (${v})`);
    return Number(v);
  }
};

// src/formats/native-foreign.ts
var MACHO_CPUS = {
  7: "i386",
  16777223: "x86_64",
  12: "arm",
  16777228: "arm64",
  33554444: "arm64_32",
  18: "ppc",
  16777234: "ppc64"
};
var cpuName = (cputype) => MACHO_CPUS[cputype] ?? `cputype 0x${cputype.toString(16)}`;
var MACHO_THIN = {
  4277009102: { little: false },
  4277009103: { little: false },
  3472551422: { little: true },
  3489328638: { little: true }
};
var MACHO_FAT = {
  3405691582: { little: false, entrySize: 20 },
  3405691583: { little: false, entrySize: 32 },
  3199925962: { little: true, entrySize: 20 },
  3216703178: { little: true, entrySize: 32 }
};
var JAVA_CLASS_MIN_VERSION = 45;
function parseMachO(buf) {
  if (buf.length < 4) return void 0;
  const magic = buf.readUInt32BE(0);
  const thin = MACHO_THIN[magic];
  const fat = MACHO_FAT[magic];
  if (!thin && !fat) return void 0;
  try {
    if (thin) {
      const r2 = new Reader(buf, thin.little);
      return { kind: "macho", fat: false, cpus: [cpuName(r2.u32(4, "cputype"))] };
    }
    const { little, entrySize } = fat;
    const r = new Reader(buf, little);
    const n = r.u32(4, "nfat_arch");
    if (magic === 3405691582 && n >= JAVA_CLASS_MIN_VERSION) return void 0;
    if (n === 0) throw new ParseError("fat Mach-O with no architectures");
    r.check(8, n * entrySize, "fat_arch table");
    const cpus = Array.from({ length: n }, (_, i) => cpuName(r.u32(8 + i * entrySize, "cputype")));
    return { kind: "macho", fat: true, cpus };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { kind: "corrupt", format: "macho", reason: e.message };
  }
}
var PE_MACHINES = {
  332: "i386",
  34404: "x86-64",
  43620: "arm64",
  452: "arm",
  512: "ia64"
};
function parsePe(buf) {
  if (buf.length < 2 || buf.readUInt16BE(0) !== 19802) return void 0;
  try {
    const r = new Reader(buf, true);
    const lfanew = r.u32(60, "e_lfanew");
    r.check(lfanew, 6, "PE header");
    if (buf.readUInt32BE(lfanew) !== 1346699264) return void 0;
    const machine = r.u16(lfanew + 4, "Machine");
    return { kind: "pe", machine, machineName: PE_MACHINES[machine] ?? `machine 0x${machine.toString(16)}` };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { kind: "corrupt", format: "pe", reason: e.message };
  }
}

// src/formats/native.ts
function classifyBinary(buf) {
  if (buf.length >= 4 && buf.readUInt32BE(0) === 2135247942) return parseElf(buf);
  return parseMachO(buf) ?? parsePe(buf) ?? { kind: "other" };
}
function elfRanges(buf) {
  if (buf.length < 64 || buf.readUInt32BE(0) !== 2135247942) return buf.length && buf.subarray(0, 4).every((b) => b === 0) ? [[0, 64]] : void 0;
  const out = [[0, 64]];
  const is64 = buf[4] === 2;
  const r = new Reader(buf, buf[5] !== 2);
  try {
    const shoff = is64 ? r.u64(40, "e_shoff") : r.u32(32, "e_shoff");
    if (!shoff || r.u16(is64 ? 58 : 46, "e_shentsize") !== (is64 ? 64 : 40)) return out;
    out.push([shoff, shoff + Math.max(1, r.u16(is64 ? 60 : 48, "e_shnum")) * (is64 ? 64 : 40)]);
    const sections = readSectionHeaders(r, is64);
    for (const s of sections.filter((x) => x.type === SHT_GNU_VERNEED || x.type === SHT_DYNAMIC)) {
      const link = sections[s.link];
      out.push([s.offset, s.offset + s.size], ...link ? [[link.offset, link.offset + link.size]] : []);
    }
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
  }
  return out;
}
var ELF_MACHINES = {
  2: "sparc",
  3: "i386",
  8: "mips",
  20: "ppc",
  21: "ppc64",
  22: "s390x",
  40: "arm",
  43: "sparcv9",
  50: "ia64",
  62: "x86-64",
  183: "aarch64",
  243: "riscv",
  258: "loongarch"
};
var EM_X86_64 = 62;
var ELF_TYPES = { 1: "relocatable", 2: "executable", 3: "shared-object", 4: "core" };
var SHT_STRTAB = 3;
var SHT_DYNAMIC = 6;
var DT = { NULL: 0, NEEDED: 1, SONAME: 14, RPATH: 15, RUNPATH: 29 };
var SHT_GNU_VERNEED = 1879048190;
var MAX_VERNEED_ENTRIES = 1e4;
function parseElf(buf) {
  let header2;
  try {
    if (buf.length < 16) throw new ParseError(`ELF identification is truncated (${buf.length} bytes)`);
    const cls = buf.readUInt8(4);
    const data = buf.readUInt8(5);
    if (cls !== 1 && cls !== 2) throw new ParseError(`invalid ELF class ${cls}`);
    if (data !== 1 && data !== 2) throw new ParseError(`invalid ELF data encoding ${data}`);
    const is64 = cls === 2;
    const r = new Reader(buf, data === 1);
    r.check(0, is64 ? 64 : 52, "ELF header");
    const machine = r.u16(18, "e_machine");
    header2 = {
      bits: is64 ? 64 : 32,
      endian: data === 1 ? "little" : "big",
      type: ELF_TYPES[r.u16(16, "e_type")] ?? "unknown",
      machine,
      machineName: ELF_MACHINES[machine] ?? `e_machine 0x${machine.toString(16)}`
    };
    const sections = readSectionHeaders(r, is64);
    const versionNeeds = sections.filter((s) => s.type === SHT_GNU_VERNEED).flatMap((s) => readVersionNeeds(r, s, sections));
    return { kind: "elf", ...header2, hasSectionHeaders: sections.length > 0, versionNeeds, ...glibcSummary(versionNeeds), dynamic: readDynamic(r, is64, sections) };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { kind: "corrupt", format: "elf", reason: e.message, ...header2 ? { elf: header2 } : {} };
  }
}
function readSectionHeaders(r, is64) {
  const shoff = is64 ? r.u64(40, "e_shoff") : r.u32(32, "e_shoff");
  const shentsize = r.u16(is64 ? 58 : 46, "e_shentsize");
  let shnum = r.u16(is64 ? 60 : 48, "e_shnum");
  if (shoff === 0) return [];
  const expected = is64 ? 64 : 40;
  if (shentsize !== expected) throw new ParseError(`e_shentsize is ${shentsize}, expected ${expected}`);
  const read2 = (i) => {
    const at = shoff + i * shentsize;
    r.check(at, shentsize, `section header ${i}`);
    return is64 ? { type: r.u32(at + 4, "sh_type"), offset: r.u64(at + 24, "sh_offset"), size: r.u64(at + 32, "sh_size"), link: r.u32(at + 40, "sh_link"), info: r.u32(at + 44, "sh_info") } : { type: r.u32(at + 4, "sh_type"), offset: r.u32(at + 16, "sh_offset"), size: r.u32(at + 20, "sh_size"), link: r.u32(at + 24, "sh_link"), info: r.u32(at + 28, "sh_info") };
  };
  if (shnum === 0) shnum = read2(0).size;
  r.check(shoff, shnum * shentsize, "section header table");
  return Array.from({ length: shnum }, (_, i) => read2(i));
}
function readVersionNeeds(r, section, sections) {
  const strtab = sections[section.link];
  if (!strtab || strtab.type !== SHT_STRTAB) {
    throw new ParseError(`.gnu.version_r links to section ${section.link}, which is not a string table`);
  }
  r.check(section.offset, section.size, ".gnu.version_r");
  r.check(strtab.offset, strtab.size, "version string table");
  const end = section.offset + section.size;
  const inSection = (at2, what) => {
    if (at2 < section.offset || at2 + 16 > end) throw new ParseError(`${what} at offset ${at2} lies outside .gnu.version_r`);
  };
  const str = (index) => readString(r.buf, strtab, index);
  if (section.size === 0) return [];
  const count = section.info || MAX_VERNEED_ENTRIES;
  const needs = [];
  let at = section.offset;
  for (let i = 0; i < count; i++) {
    inSection(at, "Elf_Verneed");
    const vnVersion = r.u16(at, "vn_version");
    if (vnVersion !== 1) throw new ParseError(`unsupported vn_version ${vnVersion}`);
    const vnCnt = r.u16(at + 2, "vn_cnt");
    const versions = [];
    let aux = at + r.u32(at + 8, "vn_aux");
    for (let j = 0; j < vnCnt; j++) {
      inSection(aux, "Elf_Vernaux");
      versions.push(str(r.u32(aux + 8, "vna_name")));
      const next2 = r.u32(aux + 12, "vna_next");
      if (next2 === 0) break;
      aux += next2;
    }
    needs.push({ file: str(r.u32(at + 4, "vn_file")), versions });
    const next = r.u32(at + 12, "vn_next");
    if (next === 0) break;
    at += next;
  }
  return needs;
}
function readDynamic(r, is64, sections) {
  const out = { needed: [], rpath: [], runpath: [] };
  const dyn = sections.find((s) => s.type === SHT_DYNAMIC);
  const strtab = dyn && sections[dyn.link];
  if (!dyn || !strtab || strtab.type !== SHT_STRTAB) return out;
  try {
    const size = is64 ? 16 : 8;
    for (let at = dyn.offset; at + size <= dyn.offset + dyn.size; at += size) {
      const tag = is64 ? r.u64(at, "d_tag") : r.u32(at, "d_tag");
      if (tag === DT.NULL) break;
      if (tag !== DT.NEEDED && tag !== DT.SONAME && tag !== DT.RPATH && tag !== DT.RUNPATH) continue;
      const value = readString(r.buf, strtab, is64 ? r.u64(at + 8, "d_val") : r.u32(at + 4, "d_val"));
      if (tag === DT.NEEDED) out.needed.push(value);
      else if (tag === DT.SONAME) out.soname = value;
      else (tag === DT.RPATH ? out.rpath : out.runpath).push(...value.split(":").filter(Boolean));
    }
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { needed: [], rpath: [], runpath: [] };
  }
  return out;
}
function readString(buf, strtab, index) {
  const start = strtab.offset + index;
  const end = strtab.offset + strtab.size;
  if (index >= strtab.size) throw new ParseError(`string index ${index} is outside the string table`);
  const nul = buf.indexOf(0, start);
  if (nul < 0 || nul >= end) throw new ParseError(`string at index ${index} is not terminated inside the string table`);
  return buf.toString("latin1", start, nul);
}
function glibcSummary(needs) {
  const numeric = /* @__PURE__ */ new Set();
  const other = /* @__PURE__ */ new Set();
  for (const name of needs.flatMap((n) => n.versions)) {
    const m = /^GLIBC_(\d+(?:\.\d+)+)$/.exec(name);
    if (m?.[1]) numeric.add(m[1]);
    else if (name.startsWith("GLIBC_")) other.add(name);
  }
  const glibcVersions = [...numeric].sort(compareVersions);
  const glibcMax = glibcVersions[glibcVersions.length - 1];
  return { glibcVersions, ...glibcMax ? { glibcMax } : {}, glibcOther: [...other].sort() };
}
var IMPLIED_GLIBC = { GLIBC_ABI_DT_RELR: "2.36" };

// src/formats/wheel.ts
function parseWheelTags(wheelFileText) {
  const tags = [];
  for (const line of wheelFileText.split(/\r?\n/)) {
    const m = /^\s*tag\s*:\s*(\S+)\s*$/i.exec(line);
    const parts = m?.[1]?.split("-");
    if (!parts || parts.length !== 3) continue;
    const [pys = "", abis = "", plats = ""] = parts;
    for (const python of pys.split("."))
      for (const abi of abis.split(".")) for (const platform of plats.split(".")) tags.push({ python, abi, platform });
  }
  return tags;
}
function parseExtensionTag(path60) {
  const base = path60.split(/[\\/]/).pop() ?? path60;
  const osOf = (platform, pyd) => pyd || platform?.startsWith("win") ? "windows" : platform?.includes("darwin") ? "macos" : platform?.includes("linux") ? "linux" : "unknown";
  let m = /\.(cpython-(\d)(\d+)([a-z]*)(?:-([\w-]+))?)\.so$/.exec(base);
  if (m) {
    const [, suffix = "", major, minor, flags, platform] = m;
    return { impl: "cpython", version: `${major}.${minor}`, ...flags ? { abiFlags: flags } : {}, stableAbi: false, ...platform ? { platform } : {}, os: osOf(platform, false), suffix };
  }
  m = /\.(cp(\d)(\d+)([a-z]*)-(\w+))\.pyd$/.exec(base);
  if (m) {
    const [, suffix = "", major, minor, flags, platform] = m;
    return { impl: "cpython", version: `${major}.${minor}`, ...flags ? { abiFlags: flags } : {}, stableAbi: false, ...platform ? { platform } : {}, os: "windows", suffix };
  }
  m = /\.(pypy(\d)(\d+)-pp\d+(?:-([\w-]+))?)\.so$/.exec(base);
  if (m) {
    const [, suffix = "", major, minor, platform] = m;
    return { impl: "pypy", version: `${major}.${minor}`, stableAbi: false, ...platform ? { platform } : {}, os: osOf(platform, false), suffix };
  }
  if (/\.abi3\.so$/.test(base)) return { impl: "cpython", stableAbi: true, os: "unknown", suffix: "abi3" };
  if (/^[^.]+\.so$/.test(base)) return { impl: "generic", stableAbi: false, os: "unknown", suffix: "" };
  if (/^[^.]+\.pyd$/.test(base)) return { impl: "generic", stableAbi: false, os: "windows", suffix: "" };
  return void 0;
}
function moduleName(path60) {
  const parts = path60.split(/[\\/]/).filter(Boolean);
  const sp = parts.lastIndexOf("site-packages");
  let rest = sp >= 0 ? parts.slice(sp + 1) : parts[0] === "python" ? parts.slice(1) : parts;
  if (rest.length === 0) rest = parts;
  const file = rest[rest.length - 1] ?? path60;
  return [...rest.slice(0, -1), file.split(".")[0]].join(".");
}

// src/doctor/checks/binary.ts
function resolveTarget(target) {
  const py = /^(\d+)\.(\d+)$/.exec(target.pythonVersion.trim());
  if (!py) {
    throw new UserError(`Python version '${target.pythonVersion}' is not of the form 3.10.`, "python-version");
  }
  const glibc = target.glibc.trim();
  if (!/^\d+\.\d+(\.\d+)*$/.test(glibc)) {
    throw new UserError(`glibc version '${target.glibc}' is not of the form 2.28.`, "glibc");
  }
  const runtime = fcRuntimes().find((r) => r.glibc === glibc);
  return {
    major: Number(py[1]),
    minor: Number(py[2]),
    pythonVersion: `${Number(py[1])}.${Number(py[2])}`,
    glibc,
    label: runtime ? runtime.name : "the target runtime"
  };
}
function fcRuntimes() {
  return Object.keys(RUNTIMES).map((name) => ({ name, glibc: RUNTIMES[name].glibc }));
}
var advice = {
  machine: (t) => `Install the x86-64 Linux build of the package (wheels tagged manylinux*_x86_64), e.g. pip install --platform manylinux2014_x86_64 --only-binary=:all: --python-version ${t.pythonVersion}, or let fc-python-pack build the dependencies in an x86-64 Linux image (on Apple Silicon/ARM hosts, use docker --platform linux/amd64).`,
  foreignOs: (os12, t) => `These dependencies were installed on ${os12}. Install them for Linux instead: pip install --platform manylinux2014_x86_64 --only-binary=:all: --python-version ${t.pythonVersion} --target <dir>, or let fc-python-pack build them in a Linux image.`,
  glibc: (needed, t) => {
    const ok = fcRuntimes().filter((r) => compareVersions(r.glibc, needed) >= 0).map((r) => `${r.name} (glibc ${r.glibc})`);
    return `Use a build for glibc ${t.glibc} or older: a wheel tagged manylinux_${t.glibc.replace(".", "_")} or older (manylinux2014 = glibc 2.17; pin an older package version if the current one dropped those), or build it from source in an image matching the FC runtime` + (ok.length > 0 ? `; or switch the function to ${ok.join(" or ")}.` : ".");
  },
  python: (built, t) => `Install dependencies for the Python the function runs (${t.pythonVersion}): pip install --python-version ${t.pythonVersion} --only-binary=:all: ..., or set fc-python-pack's Python version to match the runtime; otherwise run the function on Python ${built}.`
};
var isTargetMachine = (h) => h.machine === EM_X86_64 && h.bits === 64;
function machineFinding(file, h, t) {
  const what = h.machine === EM_X86_64 ? "x86-64 ELF in the 32-bit class (x32 ABI)" : `${h.machineName} ELF${h.bits === 32 ? " (32-bit)" : ""}`;
  const symptom = h.bits === 32 ? `ImportError: ${file}: wrong ELF class: ELFCLASS32` : `ImportError: ${file}: cannot open shared object file: No such file or directory (glibc's answer for an ELF built for another machine, although the file is there); as a start command: exec format error`;
  return finding({ severity: "error", code: "elf-machine", file, message: `${what}: FC runs x86-64 only`, fcSymptom: symptom, fix: advice.machine(t) });
}
function elfFindings(file, info, t) {
  if (!isTargetMachine(info)) return [machineFinding(file, info, t)];
  if (!info.hasSectionHeaders) {
    return [
      finding({ severity: "info", code: "elf-no-sections", file, message: "ELF file without section headers: its glibc requirement cannot be read", fcSymptom: 'none known; if it fails to load, FC logs "version `GLIBC_x.y\' not found"', fix: "Nothing to do unless it fails on FC; a build with section headers (not sstrip'ed) can be checked." })
    ];
  }
  const implied = info.glibcOther.flatMap((n) => IMPLIED_GLIBC[n] ? [{ name: n, version: IMPLIED_GLIBC[n] }] : []);
  const needed = maxVersion([...info.glibcVersions, ...implied.map((i) => i.version)]);
  if (needed === void 0 || compareVersions(needed, t.glibc) <= 0) return [];
  const tooNew = [
    ...info.glibcVersions.filter((v) => compareVersions(v, t.glibc) > 0).map((v) => `GLIBC_${v}`),
    ...implied.filter((i) => compareVersions(i.version, t.glibc) > 0).map((i) => `${i.name} (glibc >= ${i.version})`)
  ];
  const worst = needed === info.glibcMax ? `GLIBC_${needed}` : implied.find((i) => i.version === needed)?.name ?? `GLIBC_${needed}`;
  return [
    finding(
      { severity: "error", code: "glibc-too-new", file, message: `needs ${worst} but ${t.label} has glibc ${t.glibc}` + (tooNew.length > 1 ? ` (all needs above ${t.glibc}: ${tooNew.join(", ")})` : ""), fcSymptom: `ImportError: /lib/x86_64-linux-gnu/libc.so.6: version \`${worst}' not found (required by ${file})`, fix: advice.glibc(needed, t) }
    )
  ];
}
function contentFindings(file, info, tag, t) {
  switch (info.kind) {
    case "elf":
      return elfFindings(file, info, t);
    case "macho":
      return [
        finding({ severity: "error", code: "macho", file, message: `Mach-O ${info.fat ? "universal " : ""}binary built for macOS (${info.cpus.join(", ")}): FC runs Linux x86-64`, fcSymptom: `ImportError: ${file}: invalid ELF header`, fix: advice.foreignOs("macOS", t) })
      ];
    case "pe":
      return [
        finding({ severity: "error", code: "pe", file, message: `Windows PE binary (${info.machineName}): FC runs Linux x86-64`, fcSymptom: `ImportError: ${file}: invalid ELF header (or the module is not found at all: Linux Python ignores .pyd files)`, fix: advice.foreignOs("Windows", t) })
      ];
    case "corrupt": {
      const names2 = { elf: "ELF", macho: "Mach-O", pe: "PE" };
      const out = [
        finding({ severity: "warning", code: "native-corrupt", file, message: `truncated or damaged ${names2[info.format]} file: ${info.reason}`, fcSymptom: `ImportError: ${file}: file too short (or invalid ELF header)`, fix: "Rebuild the artifact from a clean install of the package; check that nothing (Git LFS, a text-mode copy, a size limit) altered the file." })
      ];
      if (info.elf && !isTargetMachine(info.elf)) out.push(machineFinding(file, info.elf, t));
      return out;
    }
    case "other":
      return tag ? [finding({ severity: "warning", code: "not-native", file, message: "named like a Python extension module but contains no ELF, Mach-O or PE code", fcSymptom: `ImportError: ${file}: invalid ELF header`, fix: "Check where the file came from (a Git LFS pointer, a placeholder, a broken download) and reinstall the package." })] : [];
  }
}
function tagPlatformProblem(tag) {
  if (tag.os === "windows") return `Windows extension (${tag.suffix || ".pyd"})`;
  if (tag.os === "macos") return `macOS extension (${tag.suffix})`;
  if (tag.platform === void 0 || tag.platform === "x86_64-linux-gnu") return void 0;
  if (tag.platform.includes("musl")) return `built for musl libc (${tag.platform}); FC's Debian uses glibc`;
  return `built for ${tag.platform}; FC runs x86_64-linux-gnu`;
}
function tagFindings(file, tag, t, platformReported) {
  const out = [];
  const platform = tagPlatformProblem(tag);
  if (platform && !platformReported) {
    out.push(finding({ severity: "error", code: "ext-platform", file, message: `${platform}: FC runs x86-64 Linux (glibc)`, fcSymptom: `ModuleNotFoundError: No module named '${moduleName(file)}' (the importer skips files with another platform's suffix)`, fix: advice.machine(t) }));
  }
  const abi = tagAbiProblem(tag, t);
  if (abi) {
    out.push(finding({ severity: "error", code: "cpython-abi", file, message: abi, fcSymptom: `ModuleNotFoundError: No module named '${moduleName(file)}' (Python ${t.pythonVersion} only loads *.cpython-${t.major}${t.minor}-*.so, *.abi3.so and untagged *.so)`, fix: advice.python(tag.version ?? "?", t) }));
  }
  return out;
}
function tagAbiProblem(tag, t) {
  const target = `Python ${t.pythonVersion}`;
  if (tag.impl === "pypy") return `built for PyPy ${tag.version} (${tag.suffix}), but the target runs CPython ${t.pythonVersion}`;
  if (tag.impl !== "cpython" || tag.version === void 0) return void 0;
  const short = `cpython-${tag.version.replace(".", "")}`;
  if (tag.version !== t.pythonVersion) return `built for ${short}${tag.abiFlags ?? ""}, but the target runs ${target}`;
  if (tag.abiFlags?.includes("t")) return `built for free-threaded ${short}t, but the target runs the regular (GIL) ${target}`;
  if (tag.abiFlags?.includes("d")) return `built for a debug build (${short}d), but the target runs a release ${target}`;
  return void 0;
}
function checkNativeFile(path60, buf, target) {
  const t = resolveTarget(target);
  const tag = parseExtensionTag(path60);
  const content = contentFindings(path60, classifyBinary(buf), tag, t);
  const platformReported = content.some((f) => ["elf-machine", "macho", "pe"].includes(f.code));
  return [...content, ...tag ? tagFindings(path60, tag, t, platformReported) : []];
}
var tagString = (t) => `${t.python}-${t.abi}-${t.platform}`;
function wheelTagProblems(tag, target) {
  const t = resolveTarget(target);
  return [...pythonTagProblems(tag, t), ...platformTagProblems(tag.platform, t)];
}
function pythonTagProblems(tag, t) {
  const py = /^([a-z]+)(\d)(\d*)$/.exec(tag.python);
  if (!py) return [{ code: "cpython-abi", reason: `unknown Python tag ${tag.python}` }];
  const [, impl = "", majorS = "", minorS = ""] = py;
  if (impl !== "py" && impl !== "cp") return [{ code: "cpython-abi", reason: `${tag.python} is for another Python implementation (FC runs CPython)` }];
  const major = Number(majorS);
  const minor = minorS === "" ? void 0 : Number(minorS);
  const built = minor === void 0 ? `${major}` : `${major}.${minor}`;
  if (major !== t.major) return [{ code: "cpython-abi", reason: `${tag.python} is for Python ${built}, the target runs ${t.pythonVersion}` }];
  const forwardCompatible = impl === "py" || tag.abi === "abi3";
  if (minor !== void 0 && (forwardCompatible ? minor > t.minor : minor !== t.minor)) {
    return [{ code: "cpython-abi", reason: `${tag.python}-${tag.abi} needs Python ${forwardCompatible ? `>= ${built}` : built}, the target runs ${t.pythonVersion}` }];
  }
  if (tag.abi === "none" || tag.abi === "abi3" && impl === "cp") return [];
  const abi = /^cp(\d)(\d+)([a-z]*)$/.exec(tag.abi);
  const flagsOk = (flags) => flags === "" || flags === "m" && t.minor <= 7;
  if (abi && Number(abi[1]) === t.major && Number(abi[2]) === t.minor && flagsOk(abi[3] ?? "")) return [];
  return [{ code: "cpython-abi", reason: `ABI ${tag.abi} does not match CPython ${t.pythonVersion} (cp${t.major}${t.minor})` }];
}
function platformTagProblems(platform, t) {
  if (platform === "any") return [];
  const archProblem = (arch) => arch === "x86_64" ? [] : [{ code: "elf-machine", reason: `${platform} is for ${arch}, FC runs x86_64` }];
  const many = /^(manylinux1|manylinux2010|manylinux2014|manylinux_(\d+)_(\d+))_(\w+)$/.exec(platform);
  if (many) {
    const [, , maj, min, arch = ""] = many;
    const glibc = maj !== void 0 ? `${maj}.${min}` : manylinuxGlibc(platform)?.glibc ?? "0";
    const tooNew = compareVersions(glibc, t.glibc) > 0 ? [{ code: "glibc-too-new", glibc, reason: `${platform} needs glibc ${glibc}, ${t.label} has ${t.glibc}` }] : [];
    return [...archProblem(arch), ...tooNew];
  }
  const musl = /^musllinux_\d+_\d+_(\w+)$/.exec(platform);
  if (musl) return [{ code: "musllinux", reason: `${platform} needs musl libc; FC's Debian uses glibc` }, ...archProblem(musl[1] ?? "")];
  const linux = /^linux_(\w+)$/.exec(platform);
  if (linux) return archProblem(linux[1] ?? "");
  if (platform.startsWith("macosx_")) return [{ code: "macho", reason: `${platform} is a macOS build` }];
  if (platform.startsWith("win")) return [{ code: "pe", reason: `${platform} is a Windows build` }];
  return [{ code: "wheel-platform", reason: `${platform} is not a Linux x86_64 platform` }];
}
function checkWheelTags(wheelFileText, target, file = "WHEEL") {
  const t = resolveTarget(target);
  const tags = parseWheelTags(wheelFileText);
  if (tags.length === 0) {
    return [finding({ severity: "warning", code: "wheel-no-tags", file, message: "WHEEL file has no Tag: lines; cannot tell which platforms the package was built for", fcSymptom: "none directly; native parts may fail to import", fix: "Reinstall the package with a current pip so that its .dist-info is complete." })];
  }
  const evaluated = tags.map((tag) => ({ tag, problems: wheelTagProblems(tag, target) }));
  const fits = evaluated.filter((e) => e.problems.length === 0);
  if (fits.some((e) => !e.tag.platform.startsWith("linux_"))) return [];
  if (fits.length > 0) {
    return [
      finding({ severity: "warning", code: "wheel-local-build", file, message: `built locally for ${fits.map((e) => tagString(e.tag)).join(", ")}: no manylinux promise about the glibc it needs`, fcSymptom: "ImportError: ... version `GLIBC_x.y' not found, if the build machine's glibc is newer than the runtime's", fix: `The .so files of this package are checked individually; to be safe, build it on the FC runtime's Debian (glibc ${t.glibc}) or use a manylinux wheel.` })
    ];
  }
  const byCode = /* @__PURE__ */ new Map();
  for (const { tag, problems } of evaluated) {
    for (const p of problems) {
      const entry2 = byCode.get(p.code) ?? { tags: [], reasons: [] };
      entry2.tags.push(tagString(tag));
      if (!entry2.reasons.includes(p.reason)) entry2.reasons.push(p.reason);
      if (p.glibc && (!entry2.glibc || compareVersions(p.glibc, entry2.glibc) < 0)) entry2.glibc = p.glibc;
      byCode.set(p.code, entry2);
    }
  }
  const pkg = "no wheel tag of this package fits the target";
  const builtPy = tags.map((x) => /^cp(\d)(\d+)$/.exec(x.python)).find(Boolean);
  return [...byCode].map(([code, { reasons, glibc }]) => {
    const message = `${pkg}: ${reasons.join("; ")}`;
    switch (code) {
      case "cpython-abi":
        return finding({ severity: "error", code, file, message, fcSymptom: "ModuleNotFoundError: No module named '...' for the package's compiled module (its suffix names another Python)", fix: advice.python(builtPy ? `${builtPy[1]}.${builtPy[2]}` : "the other version", t) });
      case "glibc-too-new":
        return finding({ severity: "error", code, file, message, fcSymptom: "ImportError: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_x.y' not found", fix: advice.glibc(glibc ?? t.glibc, t) });
      case "elf-machine":
        return finding({ severity: "error", code, file, message, fcSymptom: "ImportError: ...: cannot open shared object file: No such file or directory", fix: advice.machine(t) });
      case "macho":
        return finding({ severity: "error", code, file, message, fcSymptom: "ImportError: ...: invalid ELF header", fix: advice.foreignOs("macOS", t) });
      case "pe":
        return finding({ severity: "error", code, file, message, fcSymptom: "ModuleNotFoundError: No module named '...' (Linux Python ignores .pyd files)", fix: advice.foreignOs("Windows", t) });
      case "musllinux":
        return finding({ severity: "error", code, file, message, fcSymptom: "ImportError: libc.musl-x86_64.so.1: cannot open shared object file: No such file or directory", fix: advice.machine(t) });
      case "wheel-platform":
        return finding({ severity: "error", code, file, message, fcSymptom: "ImportError for the package on FC", fix: advice.machine(t) });
    }
  });
}

// src/doctor/checks/closure.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path23 from "node:path";

// src/formats/metadata.ts
function parseHeaders(text) {
  const fields = /* @__PURE__ */ new Map();
  let last;
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (line === "") break;
    if (/^[ \t]/.test(line)) {
      if (last) last[last.length - 1] += `
${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const values = fields.get(key) ?? [];
    values.push(line.slice(colon + 1).trim());
    fields.set(key, values);
    last = values;
  }
  return fields;
}
function parseMetadata(text, fallbackName = "", fallbackVersion = "") {
  const fields = parseHeaders(text);
  const one = (k) => fields.get(k)?.[0];
  const name = one("name") || fallbackName;
  return {
    name,
    key: normalizeName(name),
    version: one("version") || fallbackVersion,
    requiresDist: fields.get("requires-dist") ?? [],
    providesExtra: (fields.get("provides-extra") ?? []).map(normalizeName),
    ...one("requires-python") ? { requiresPython: one("requires-python") } : {},
    fields
  };
}
function distInfoName(folder) {
  const m = /^(.+?)(?:-([^-]+))?\.(dist-info|egg-info)$/.exec(folder);
  return m ? { name: m[1], ...m[2] ? { version: m[2] } : {} } : void 0;
}

// src/doctor/context.ts
var FC_PYTHON_FULL_VERSIONS = Object.fromEntries(
  Object.values(RUNTIMES).flatMap((r) => r.pythons.map((p) => [p.version, p.fullVersion]))
);
function fcMarkerEnvironment(pythonVersion) {
  return linuxCPythonEnvironment(FC_PYTHON_FULL_VERSIONS[pythonVersion] ?? pythonVersion);
}
var NATIVE = /\.(so(\.\d+)*|pyd|dylib)$/;
var SECRET_SCAN_MAX = 64 * 1024;
var SERVERS = /* @__PURE__ */ new Set(["uvicorn", "gunicorn", "hypercorn", "granian", "daphne", "fastapi", "flask", "waitress-serve", "streamlit"]);
var APP_SPEC2 = /^([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*):([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)(\(\))?$/;
var FC_CODE_PATH = [CODE_DIR2, `${CODE_DIR2}/bin`, "/opt/bin"];
var DEFAULT_IMAGE_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
var FC_INTERPRETERS = /^(\/usr\/bin\/env\b|\/bin\/(ba)?sh\b|\/usr\/bin\/(ba)?sh\b|\/usr\/bin\/python3(\.\d+)?\b|\/usr\/local\/bin\/python3(\.\d+)?\b|\/var\/fc\/lang\/)/;
var importName = (dist) => dist.replace(/-/g, "_");
var SHELLS = /^(\/usr)?(\/bin\/)?(ba|da)?sh$/;
var isElf = (b) => !!b && b.length >= 4 && b.readUInt32BE(0) === 2135247942;
function locateModule(ctx, roots, dotted) {
  const { view } = ctx;
  if (roots.some((r) => view.hasModule(r, dotted) || ctx.layerView?.hasModule(r, dotted))) return "found";
  if (ctx.depsRoots.some((r) => view.hasModule(r, dotted))) return "unlisted";
  return "missing";
}
function externalRoots(ctx, roots) {
  return ctx.kind === "image" ? [] : roots.filter((r) => !ctx.view.inside(r) && !(ctx.layerView && ctx.layerView.dirs.has(r)));
}

// src/doctor/checks/closure.ts
var METADATA = /(^|\/)([^/]+\.dist-info)\/METADATA$/;
async function readLayerMetadata(layers) {
  const out = [];
  for (const layer of layers ?? []) {
    const src = typeof layer === "string" ? layer : layer.dir;
    const origin = `layer ${path23.basename(src)}`;
    const st = await stat2(src);
    if (st.isDirectory()) {
      for (const name of await listLayerNames(src)) {
        if (METADATA.test(name)) out.push({ file: `${path23.basename(src)}: ${name}`, text: await readFile2(path23.join(src, name), "utf8"), origin });
      }
    } else {
      await forEachZipEntry(src, (n) => METADATA.test(n), (n, data) => void out.push({ file: `${path23.basename(src)}: ${n}`, text: data.toString("utf8"), origin }));
    }
  }
  return out;
}
function checkClosure(metadata, opts) {
  const env = fcMarkerEnvironment(opts.pythonVersion);
  const py = env.python_full_version;
  const findings = [];
  const dists = /* @__PURE__ */ new Map();
  for (const m of metadata) {
    const folder = METADATA.exec(m.file)?.[2] ?? "";
    const fallback = distInfoName(folder);
    const meta = parseMetadata(m.text, fallback?.name, fallback?.version);
    if (!meta.key || dists.has(meta.key)) continue;
    const reqs = [];
    for (const line of meta.requiresDist) {
      try {
        reqs.push(parseRequirement(line));
      } catch (e) {
        findings.push(finding({ severity: "warning", code: "deps-metadata", file: m.file, message: `${meta.name} ${meta.version} states a requirement the doctor cannot read (${e.message}), so it is not checked`, fcSymptom: "pip check on FC would report the same line", fix: "Check that the package installed completely; reinstall it with a current pip." }));
      }
    }
    dists.set(meta.key, { meta, file: m.file, origin: m.origin, reqs });
  }
  const extras = /* @__PURE__ */ new Map();
  for (const a of opts.asked ?? []) if (a.extras?.length) extras.set(normalizeName(a.name), /* @__PURE__ */ new Set([...extras.get(normalizeName(a.name)) ?? [], ...a.extras.map(normalizeName)]));
  const active = (d) => d.reqs.filter((r) => holds(r, d));
  const holds = (r, d) => {
    try {
      return markerHolds(r.marker, env, extras.get(d.meta.key) ?? []);
    } catch {
      return false;
    }
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of dists.values()) {
      for (const r of active(d)) {
        const set = extras.get(r.key) ?? /* @__PURE__ */ new Set();
        for (const x of r.extras) if (!set.has(x)) set.add(x), changed = true;
        extras.set(r.key, set);
      }
    }
  }
  for (const d of dists.values()) {
    const who = `${d.meta.name} ${d.meta.version}`;
    if (d.meta.requiresPython && !versionSatisfies(py, d.meta.requiresPython.replace(/\s+/g, ""))) {
      findings.push(
        finding({
          severity: "error",
          code: "deps-requires-python",
          file: d.file,
          message: `${who} requires Python ${d.meta.requiresPython} (its Requires-Python), but FC's runtime runs ${py}`,
          fcSymptom: `SyntaxError or ImportError when ${d.meta.name} is imported (pip would not install it for Python ${py})`,
          fix: `Pin a version of ${d.meta.name} that supports Python ${env.python_version} and rebuild for FC's Python (fc-python-pack build), or use a runtime whose Python it supports.`
        })
      );
    }
    for (const r of active(d)) {
      const text = `${r.name}${r.extras.length ? `[${r.extras.join(",")}]` : ""}${r.specifier}${r.marker ? `; ${r.marker}` : ""}`;
      const why = r.marker ? ` (its marker holds on FC's Python ${py}, Linux x86-64)` : "";
      const got = dists.get(r.key);
      const pin = `${r.name}${r.specifier || ""}`;
      if (!got) {
        findings.push(
          finding({
            severity: "error",
            code: "deps-closure",
            file: d.file,
            message: `${who} requires ${text}${why}, but ${r.name} is ${metadata.some((m) => m.origin.startsWith("layer ")) ? `in neither ${opts.where} nor the layers given` : `not in ${opts.where}`}`,
            fcSymptom: `ModuleNotFoundError: No module named '${r.key.replace(/-/g, "_")}' when ${d.meta.name} imports it (pip check: ${d.meta.key} ${d.meta.version} requires ${r.key}, which is not installed)`,
            fix: `Build for FC's Python ${py} (fc-python-pack build resolves markers for the runtime's Python, whatever Python the build machine runs), or add "${pin}" to requirements.txt and rebuild.`
          })
        );
      } else if (!r.url && !versionSatisfies(got.meta.version, r.specifier)) {
        findings.push(
          finding({
            severity: "error",
            code: "deps-closure-version",
            file: d.file,
            message: `${who} requires ${text}${why}, but the ${got.meta.name} shipped is ${got.meta.version} (${got.file}), outside ${r.specifier}`,
            fcSymptom: `ImportError or AttributeError from ${d.meta.name} at start (pip check: ${d.meta.key} ${d.meta.version} has requirement ${r.key}${r.specifier}, but you have ${got.meta.key} ${got.meta.version})`,
            fix: `Pin a version both accept ("${pin}" in requirements.txt) and rebuild the dependencies together, in one pip run for FC's Python ${py}.`
          })
        );
      }
    }
  }
  return findings;
}
async function closureFindings(texts, opts) {
  const metadata = [...texts].filter(([abs]) => abs.endsWith(".dist-info/METADATA")).map(([abs, data]) => ({ file: opts.show(abs), text: data.toString("utf8"), origin: opts.where }));
  const asked = opts.requirementsFiles.flatMap((f) => texts.has(f) ? parseRequirements(texts.get(f).toString("utf8")).requirements : []);
  return checkClosure([...metadata, ...await readLayerMetadata(opts.layers)], { pythonVersion: opts.pythonVersion, where: opts.where, asked });
}

// src/doctor/checks/commands.ts
import path25 from "node:path";

// src/doctor/view.ts
import path24 from "node:path";
var View = class {
  constructor(entries, mount) {
    this.mount = mount;
    for (const e of entries) {
      const abs = this.abs(e.name);
      if (e.isDir) this.dirs.add(abs);
      else this.files.set(abs, e);
      for (let p = path24.posix.dirname(abs); p !== "/"; p = path24.posix.dirname(p)) this.dirs.add(p);
      if (!e.isDir) {
        const base = path24.posix.basename(abs);
        if (/\.(py|pyc|so|pyd)$/.test(base)) this.stems.add(`${path24.posix.dirname(abs)}/${base.split(".")[0]}`);
      }
    }
    if (mount) this.dirs.add(mount.replace(/\/$/, ""));
  }
  mount;
  files = /* @__PURE__ */ new Map();
  dirs = /* @__PURE__ */ new Set(["/"]);
  /** Paths without their extension suffixes (main.py → main, x.cpython-311-x86_64-linux-gnu.so → x): importable names. */
  stems = /* @__PURE__ */ new Set();
  abs(name) {
    const n = name.replace(/\/+$/, "");
    return this.mount ? `${this.mount}${n}`.replace(/\/+$/, "") || "/" : n.startsWith("/") ? n : `/${n}`;
  }
  /** How a path is shown: as the archive names it. */
  show(abs) {
    if (this.mount && abs.startsWith(this.mount)) return abs.slice(this.mount.length);
    if (this.mount && `${abs}/` === this.mount) return ".";
    return abs;
  }
  exists(abs) {
    return this.files.has(abs) || this.dirs.has(abs);
  }
  /** The path with symbolic links followed (an image's /bin -> usr/bin); undefined when a link dangles or loops. */
  realpath(abs) {
    let parts = abs.split("/").filter(Boolean);
    for (let hops = 0, i = 0; i < parts.length; i++) {
      const prefix = `/${parts.slice(0, i + 1).join("/")}`;
      const e = this.files.get(prefix);
      if (!e?.isSymlink) continue;
      if (!e.linkTarget || ++hops > 32) return void 0;
      const target = path24.posix.resolve(path24.posix.dirname(prefix), e.linkTarget);
      parts = [...target.split("/").filter(Boolean), ...parts.slice(i + 1)];
      i = -1;
    }
    return `/${parts.join("/")}`;
  }
  /** A regular file (or a link to one) at this path, links followed. */
  fileAt(abs) {
    const real = this.realpath(abs);
    return real && this.files.has(real) && !this.files.get(real).isDir ? real : void 0;
  }
  /** Whether `dotted` imports from `root`: a module, a package or a namespace folder. */
  hasModule(root, dotted) {
    const p = `${root === "/" ? "" : root}/${dotted.split(".").join("/")}`;
    return this.dirs.has(p) || this.stems.has(p);
  }
  /** Whether the path is inside the artifact's own tree (a code package cannot see /opt, and the other way round). */
  inside(abs) {
    return !this.mount || abs === this.mount.replace(/\/$/, "") || abs.startsWith(this.mount);
  }
};
function isUnder(p, dir) {
  return dir === "/" || p === dir || p.startsWith(`${dir}/`);
}
function resolvePath(cwd, p) {
  return path24.posix.resolve(cwd, p);
}
var LAYER_META = /^(requirements[^/]*\.txt|readme[^/]*|licen[cs]e[^/]*|\.fcignore)$/i;
function detectKind(names2, bootstrap) {
  const files = names2.filter((n) => !n.endsWith("/"));
  if (bootstrap && files.includes(bootstrap)) return { kind: "code", reason: `${bootstrap} at the top` };
  const content = files.filter((n) => !LAYER_META.test(n));
  if (content.length && content.every((n) => /^(python|lib|bin)\//.test(n)) && content.some((n) => n.startsWith("python/"))) {
    return { kind: "layer", reason: "everything is under python/ (a layer, unpacked at /opt)" };
  }
  return { kind: "code", reason: bootstrap ? `files at the top, no python/-only layout` : "files at the top" };
}
function siteRoots(view, pythonVersion, pathDirs) {
  const out = [];
  for (const d of view.dirs) {
    const m = /^(\/usr\/local|\/usr|(.+))\/lib\/python(\d+\.\d+)\/site-packages$/.exec(d);
    if (m && m[3] === pythonVersion) {
      const venv = m[2] && !/^\/root\/\.local$/.test(m[2]) ? m[2] : void 0;
      if (venv && !(view.files.has(`${venv}/pyvenv.cfg`) && pathDirs.includes(`${venv}/bin`))) continue;
      out.push(d);
    }
    if (d === "/usr/lib/python3/dist-packages") out.push(d);
  }
  return out.sort();
}
function imagePython(view, env) {
  const v = /^(\d+\.\d+)/.exec(env.PYTHON_VERSION ?? "");
  if (v) return v[1];
  for (const prefix of ["/usr/local/lib", "/usr/lib"]) {
    const found = [...view.files.keys()].map((f) => new RegExp(`^${prefix}/python(3\\.\\d+)/os\\.py$`).exec(f)?.[1]).filter((x) => !!x).sort((a, b) => Number(b.split(".")[1]) - Number(a.split(".")[1]));
    if (found.length) return found[0];
  }
  return void 0;
}
function collectDists(view, metadata) {
  const dists = /* @__PURE__ */ new Map();
  for (const d of view.dirs) {
    const base = path24.posix.basename(d);
    const folder = distInfoName(base);
    if (!folder) continue;
    const text = (metadata.get(`${d}/METADATA`) ?? metadata.get(`${d}/PKG-INFO`))?.toString("utf8") ?? "";
    const meta = parseMetadata(text, folder.name, folder.version);
    const name = meta.key;
    const version = meta.version || void 0;
    if (!dists.has(name)) dists.set(name, { name, version, dir: d, root: path24.posix.dirname(d) });
  }
  return dists;
}
function depsRootsOf(view) {
  const roots = /* @__PURE__ */ new Set();
  for (const d of view.dirs) if (/\.(dist-info|egg-info)$/.test(d)) roots.add(path24.posix.dirname(d));
  return [...roots].sort();
}
async function layerView(sources) {
  if (!sources?.length) return void 0;
  const entries = [];
  for (const s of sources) {
    const { src, mount } = typeof s === "string" ? { src: s, mount: "/opt/" } : { src: s.dir, mount: `${s.mount.replace(/\/$/, "")}/` };
    for (const n of await listLayerNames(src)) {
      const isDir = n.endsWith("/");
      entries.push({ name: `${mount}${n}`, mode: 0, size: 0, isDir, isSymlink: false });
    }
  }
  return new View(entries, "");
}
function largest(view, depsRoots, kind) {
  const by = /* @__PURE__ */ new Map();
  const roots = [...depsRoots].sort((a, b) => b.length - a.length);
  for (const [abs, f] of view.files) {
    const root = roots.find((r) => abs.startsWith(`${r}/`));
    let key;
    if (root) {
      const first = abs.slice(root.length + 1).split("/")[0];
      const pkg = first.replace(/\.libs$/, "").replace(/\.(py|so)$/, "");
      key = `${view.show(root)}/${pkg}`;
    } else {
      const parts = view.show(abs).split("/").filter(Boolean);
      key = kind === "image" ? `/${parts.slice(0, 2).join("/")}` : parts.length > 1 ? parts[0] : parts[0] ?? abs;
    }
    by.set(key, (by.get(key) ?? 0) + f.size);
  }
  return [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, bytes]) => ({ name, bytes }));
}

// src/doctor/checks/interpreter.ts
function pythons(runtime) {
  return RUNTIMES[runtime].pythons;
}
function interpreterProblem(runtime, pythonVersion, argv0, scriptPath, inArtifact) {
  if (!/^python(3(\.\d+)?)?$/.test(argv0.split("/").pop() ?? "")) return void 0;
  if (argv0.includes("/") && inArtifact(argv0)) return void 0;
  const own = pythons(runtime);
  const target = own.find((p) => p.version === pythonVersion);
  const useIt = target ? `add export PATH=${target.home}/bin:$PATH to the bootstrap before the server starts${target.home === "/usr" ? "" : `, or run ${target.home}/bin/python3`}` : `ship Python ${pythonVersion} (an image), or build for the runtime's Python (${own.map((p) => p.version).join(" or ")}: leave python-version unset)`;
  const known = /* @__PURE__ */ new Set([...FC_PYTHON_BINS, "/usr/local/bin", "/usr/bin", "/bin", "/usr/local/sbin", "/usr/sbin", "/sbin"]);
  const firstUnknown = (scriptPath ?? []).findIndex((d) => !known.has(d));
  const dirs = firstUnknown >= 0 ? (scriptPath ?? []).slice(0, firstUnknown) : [...scriptPath ?? [], ...runtimePythonPath(runtime)];
  const found = resolveFcPython(runtime, argv0, dirs);
  if (!found) {
    if (!argv0.includes("/")) return void 0;
    return {
      severity: "error",
      message: `the start command runs ${argv0}, which ${runtime} does not have (it ships ${own.map((p) => `${p.home}/bin/python3 (${p.fullVersion})`).join(" and ")})`,
      fcSymptom: `${argv0}: No such file or directory (Function instance exited unexpectedly(code 127, ...))`,
      fix: target ? `Run ${target.home}/bin/python3, or python3 with ${target.home}/bin on PATH.` : `Use one of the runtime's Pythons, or ${useIt}.`
    };
  }
  if (found.version === pythonVersion) return void 0;
  return {
    severity: "error",
    message: `the start command runs ${argv0}, which on ${runtime} is ${found.fc ? "" : "Debian's own "}Python ${found.version} (${found.path}), but the dependencies are built for Python ${pythonVersion}`,
    fcSymptom: 'ModuleNotFoundError or "undefined symbol" on native modules built for another Python (Function instance exited unexpectedly(code 1, ...))',
    fix: `${useIt[0].toUpperCase()}${useIt.slice(1)} (or set PATH=${target ? `${target.home}/bin:` : ""}$PATH in the function's environment variables: s.yaml's environmentVariables, or the environment input).`
  };
}
function checkInterpreter2(ctx, start, argv0, line) {
  if (ctx.kind === "image") return;
  const p = interpreterProblem(ctx.opts.runtime, ctx.target.pythonVersion, argv0, start.script?.path ?? start.envPath, (f) => ctx.view.files.has(f));
  if (p) ctx.add(finding({ ...p, code: "bootstrap-python", file: start.file, line }));
}

// src/doctor/checks/commands.ts
function checkCommands(ctx, start, texts) {
  const { view } = ctx;
  const file = start.file;
  const report = (f) => ctx.add(finding({ ...f, file }));
  const where = ctx.kind === "code" ? `function.zip${ctx.layerView ? " nor the layers given" : ""}` : ctx.kind === "layer" ? "the layer" : "the image";
  const moduleMissing = (roots, mod, line, how) => {
    if (locateModule(ctx, roots, mod) !== "missing") return;
    if (ctx.depsNotBuilt) return;
    const top = mod.split(".")[0];
    const name = locateModule(ctx, roots, top) === "missing" ? top : mod;
    const external = externalRoots(ctx, roots);
    if (external.length) {
      report(
        { severity: "warning", code: "deps-missing", message: `${how}, but ${name} is not in ${where}: it must come from a layer mounted at ${external.join(" or ")}`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${name}, if no layer brings it`, fix: `Attach the layer that has ${top} (target layer), or build the dependencies in (target code with include-deps: true). To check both together: fc-python-pack doctor function.zip --layer layer.zip.`, line }
      );
      return;
    }
    report(
      { severity: "error", code: "deps-missing", message: `${how}, but ${name} is not in ${where} (looked in ${roots.map((r) => ctx.kind === "image" ? r : `${view.show(r)}/`).join(", ")})`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${name}`, fix: ctx.kind === "image" ? `pip install ${top} in the Dockerfile (or add it to requirements.txt), into a folder on the image's Python path.` : `Add ${top} to requirements.txt and build the dependencies in (fc-python-pack build --target code, include-deps: true), or attach a layer with it and put /opt/python on PYTHONPATH.`, line }
    );
  };
  const appMissing = (appRoots, spec, mod, line) => {
    if (locateModule(ctx, appRoots, mod) === "found") return;
    const rel = mod.split(".").join("/");
    report(
      { severity: "error", code: "app-missing", message: `the server is told to load ${spec}, but there is no ${rel}.py (nor ${rel}/) in ${appRoots.map((r) => ctx.kind === "image" ? r : `${view.show(r)}/`).join(", ")}`, fcSymptom: `ERROR: Error loading ASGI app. Could not import module "${mod}". (Function instance exited unexpectedly(code 1, ...))`, fix: ctx.kind === "code" ? `Put ${rel}.py at the top of the package (zip the app folder's contents), or fix the module path (or --app-dir) in ${file}.` : "Copy the app into the image's WORKDIR, or fix the module path in the start command.", line }
    );
  };
  const serverArgs = (server, args, cwd, line, roots) => {
    let appDir;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const opt = /^(--app-dir|--chdir)(?:=(.*))?$/.exec(a);
      if (opt) {
        const v = opt[2] ?? args[++i];
        if (v && !v.includes("$")) appDir = resolvePath(cwd, v);
        continue;
      }
      if ((a === "-k" || a === "--worker-class") && args[i + 1] && /^[A-Za-z_][\w.]*$/.test(args[i + 1])) {
        const worker = args[++i];
        const mod = worker.split(".").slice(0, -1).join(".");
        if (mod) moduleMissing(roots, mod, line, `${server} runs the worker class ${worker}`);
      }
    }
    const spec = args.find((a) => APP_SPEC2.test(a));
    if (spec) {
      const mod = APP_SPEC2.exec(spec)[1];
      appMissing([appDir ?? cwd, ...start.pythonPath, ...ctx.defaultRoots], spec, mod, line);
    } else if (server === "fastapi" && (args[0] === "run" || args[0] === "dev") && args[1] && !args[1].startsWith("-") && !args[1].includes("$")) {
      const p = resolvePath(cwd, args[1]);
      if (!view.exists(p)) appMissing([cwd], args[1], args[1].replace(/\.py$/, "").replace(/\//g, "."), line);
    }
  };
  for (const cmd of start.script?.commands ?? []) checkCommand(cmd);
  function checkCommand(cmd) {
    const { argv, line, cwd } = cmd;
    const argv0 = argv[0];
    if (argv0.includes("$") || SHELL_BUILTINS.has(argv0)) return;
    const base = path25.posix.basename(argv0);
    const pyRoots = (withCwd) => [.../* @__PURE__ */ new Set([...withCwd ? [cwd] : [], ...start.pythonPath, ...ctx.defaultRoots])];
    if (ctx.kind === "image") {
      const spots = argv0.includes("/") ? [resolvePath(cwd, argv0)] : start.pathDirs.map((d) => `${d}/${argv0}`);
      if (!spots.some((p) => view.fileAt(p))) {
        report({ severity: "error", code: "bootstrap-command", message: `${file} runs ${argv0}, which is not in the image${argv0.includes("/") ? "" : ` (PATH: ${start.pathDirs.join(":")})`}`, fcSymptom: `${argv0}: not found (the container exits with code 127)`, fix: `Install it in the Dockerfile, or fix the command (PATH comes from ENV PATH).`, line });
        return;
      }
    }
    if (/^python(\d+(\.\d+)?)?$/.test(base)) {
      checkInterpreter2(ctx, start, argv0, line);
      for (let i = 1; i < argv.length; i++) {
        const a = argv[i];
        if (a === "-m") {
          const mod = argv[i + 1];
          if (!mod || mod.includes("$")) return;
          moduleMissing(pyRoots(true), mod, line, `${file} starts python -m ${mod}`);
          const server = mod.split(".")[0];
          if (SERVERS.has(server)) serverArgs(server, argv.slice(i + 2), cwd, line, pyRoots(true));
          return;
        }
        if (a === "-c") return;
        if (a === "-W" || a === "-X" || a === "-Q") {
          i++;
          continue;
        }
        if (a.startsWith("-")) continue;
        if (a.includes("$")) return;
        const scriptPath = resolvePath(cwd, a);
        if (!view.exists(scriptPath) && view.inside(scriptPath)) {
          report({ severity: "error", code: "app-missing", message: `${file} runs python ${a}, but there is no ${view.show(scriptPath)} in ${where}`, fcSymptom: `python3: can't open file '${scriptPath}': [Errno 2] No such file or directory (Function instance exited unexpectedly(code 2, ...))`, fix: `Fix the path in ${file}: FC runs it from ${cwd}.`, line });
        }
        return;
      }
      return;
    }
    const candidates = argv0.includes("/") ? [resolvePath(cwd, argv0)] : start.pathDirs.map((d) => `${d}/${argv0}`);
    const found = candidates.map((p) => ctx.kind === "image" ? view.fileAt(p) : view.files.has(p) || ctx.layerView?.files.has(p) ? p : void 0).find(Boolean);
    const inArtifactBin = [...ctx.depsRoots, ctx.codeDir].map((r) => `${r}/bin/${base}`).find((p) => view.files.has(p));
    const isServer = SERVERS.has(base);
    if (!found) {
      if (!isServer && !inArtifactBin && !(argv0.includes("/") && view.inside(candidates[0]))) return;
      const outside = ctx.kind === "code" && !ctx.layerView && (start.script?.path ?? []).some((d) => !view.inside(d) && !FC_CODE_PATH.includes(d) && d.startsWith("/opt"));
      report(
        { severity: outside && isServer ? "warning" : "error", code: "bootstrap-command", message: `${file} runs ${argv0}, which is ${argv0.includes("/") ? `not in ${where}` : `on no PATH folder (${start.pathDirs.join(":")})`}${inArtifactBin ? `; ${view.show(inArtifactBin)} exists, but ${view.show(path25.posix.dirname(inArtifactBin))} is not on PATH` : ""}${outside && isServer ? ", unless a layer brings it" : ""}`, fcSymptom: `Function instance exited unexpectedly(code 127, ...): ${argv0}: command not found`, fix: isServer ? `Start it through the interpreter: exec python3 -m ${base} ... (with the deps folder on PYTHONPATH).` : `Fix the command in ${file}, or ship ${argv0} in ${where}.`, line }
      );
      if (isServer) serverArgs(base, argv.slice(1), cwd, line, pyRoots(false));
      return;
    }
    const entry2 = view.files.get(found);
    if (entry2 && !entry2.isSymlink && (entry2.mode & 73) === 0 && ctx.format !== "folder") {
      report({ severity: "error", code: "bootstrap-command", message: `${file} runs ${view.show(found)}, which is stored without its executable bit (mode ${(entry2.mode & 511).toString(8).padStart(3, "0")})`, fcSymptom: `${argv0}: Permission denied (Function instance exited unexpectedly(code 126, ...))`, fix: `Store it 0755 (chmod 755 and zip on Linux/macOS), or run it through its interpreter (bash ${argv0}, python3 ${argv0}).`, line });
    }
    const body = texts.get(found);
    const shebang = body && body.subarray(0, 2).toString("latin1") === "#!" ? body.toString("utf8").split("\n")[0].slice(2).trim() : void 0;
    if (shebang) {
      const interp = shebang.split(/\s+/)[0];
      const bad = ctx.kind === "image" ? !view.fileAt(interp) : !FC_INTERPRETERS.test(interp);
      if (bad) {
        report({ severity: "error", code: "bootstrap-command", message: `${view.show(found)} starts with #!${interp}, an interpreter FC does not have (pip wrote the build machine's Python into it)`, fcSymptom: `${argv0}: bad interpreter: ${interp}: No such file or directory (Function instance exited unexpectedly(code 126 or 127, ...))`, fix: `Start the server through the interpreter (exec python3 -m ${base} ...), or rebuild with fc-python-pack (console scripts point at /usr/bin/env python3).`, line });
      }
    }
    if (isServer) {
      moduleMissing(pyRoots(false), base === "waitress-serve" ? "waitress" : base, line, `${file} runs ${argv0}`);
      serverArgs(base, argv.slice(1), cwd, line, pyRoots(false));
    }
  }
}

// src/doctor/checks/code-imports.ts
import path26 from "node:path";

// src/doctor/data/stdlib.json
var stdlib_default = { "3.10": ["__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tracemalloc", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "binhex", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"], "3.11": ["__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"], "3.12": ["__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_queue", "_random", "_scproxy", "_sha1", "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"], "3.13": ["__future__", "_abc", "_aix_support", "_android_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_colorize", "_compat_pickle", "_compression", "_contextvars", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_interpchannels", "_interpqueues", "_interpreters", "_io", "_ios_support", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_multibytecodec", "_multiprocessing", "_opcode", "_opcode_metadata", "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_pyrepl", "_queue", "_random", "_scproxy", "_sha1", "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_suggestions", "_symtable", "_sysconfig", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_wmi", "_zoneinfo", "abc", "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging", "lzma", "mailbox", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msvcrt", "multiprocessing", "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtplib", "socket", "socketserver", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"] };

// src/doctor/checks/code-imports.ts
var STDLIB = stdlib_default;
var CODE_SCAN_MAX = 1024 * 1024;
var NOT_CODE = /(^|\/)(tests?|docs?|examples?|scripts|migrations|__pycache__|node_modules|\.venv|venv|site-packages)(\/|$)/;
function stdlibModules(pythonVersion) {
  const versions = Object.keys(STDLIB).sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]));
  const minor = Number(pythonVersion.split(".")[1]);
  const v = STDLIB[pythonVersion] ? pythonVersion : minor < Number(versions[0].split(".")[1]) ? versions[0] : versions.at(-1);
  return new Set(STDLIB[v]);
}
function isCodeSource(ctx, abs, size) {
  if (ctx.kind !== "code" || !abs.endsWith(".py") || size > CODE_SCAN_MAX || !isUnder(abs, ctx.codeDir)) return false;
  if (ctx.depsRoots.some((r) => r !== ctx.codeDir && isUnder(abs, r))) return false;
  return !NOT_CODE.test(path26.posix.relative(ctx.codeDir, abs));
}
function rootOwned(ctx, texts) {
  const owned = /* @__PURE__ */ new Set();
  for (const [abs, data] of texts) {
    if (!abs.endsWith(".dist-info/RECORD") || path26.posix.dirname(path26.posix.dirname(abs)) !== ctx.codeDir) continue;
    for (const line of data.toString("utf8").split("\n")) {
      const first = line.split(",")[0].split("/")[0];
      if (first && !first.endsWith(".dist-info")) owned.add(first.replace(/\.py$/, ""));
    }
  }
  return owned;
}
function checkCodeImports(ctx, texts, start) {
  if (ctx.kind !== "code") return;
  if (ctx.format === "folder" && !ctx.dists.size) return;
  const { view } = ctx;
  const owned = rootOwned(ctx, texts);
  const stdlib = stdlibModules(ctx.target.pythonVersion);
  const info = start?.script ? serverCommandInfo(start.script.commands) : void 0;
  const entryFiles = /* @__PURE__ */ new Set();
  if (info?.entryModule && info.entryDir) {
    const base = `${info.entryDir}/${info.entryModule.split(".").join("/")}`;
    entryFiles.add(`${base}.py`).add(`${base}/__init__.py`);
  }
  const roots = [.../* @__PURE__ */ new Set([ctx.codeDir, ...info?.entryDir ? [info.entryDir] : [], ...start?.pythonPath ?? [], ...ctx.depsRoots, ...ctx.defaultRoots])];
  const found = (mod) => stdlib.has(mod) || roots.some((r) => view.hasModule(r, mod) || ctx.layerView?.hasModule(r, mod));
  const external = externalRoots(ctx, roots);
  const unseen = [...ctx.opts.layerArns?.filter(Boolean) ?? [], ...external.map((r) => `mounted at ${r}`)];
  for (const [abs, data] of texts) {
    if (!isCodeSource(ctx, abs, data.length)) continue;
    const rel = path26.posix.relative(ctx.codeDir, abs);
    if (owned.has(rel.split("/")[0].replace(/\.py$/, ""))) continue;
    const dir = path26.posix.dirname(abs);
    const seen = /* @__PURE__ */ new Set();
    for (const imp of pythonImports(data.toString("utf8"))) {
      const top = imp.module.split(".")[0];
      if (seen.has(top) || found(top) || view.hasModule(dir, top)) continue;
      seen.add(top);
      const entry2 = entryFiles.has(abs) && imp.topLevel && !imp.guarded;
      const shown = view.show(abs);
      const fcSymptom = `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named '${top}'${entry2 ? "" : " (when that code runs)"}`;
      if (unseen.length) {
        ctx.add(finding({ severity: "info", code: "code-import-unchecked", file: shown, line: imp.line, message: `${shown} imports ${imp.module}, which is neither in the standard library nor shipped here; it may come from a layer the doctor cannot see (${unseen.join(", ")})`, fcSymptom, fix: `Make sure one of those layers brings ${top}, or add it to the requirements (or pass the layer with --layer layer.zip to check it).` }));
        continue;
      }
      ctx.add(
        finding({ severity: entry2 ? "error" : "warning", code: "code-import-missing", file: shown, line: imp.line, message: `${shown} imports ${imp.module}${entry2 ? ", at the top of the entry module its start loads," : imp.topLevel ? "" : " inside a function"}, but ${top} is neither in Python ${ctx.target.pythonVersion}'s standard library, nor in the code, nor in any distribution shipped with it`, fcSymptom, fix: `Add the distribution that provides ${top} to the requirements${imp.guarded ? " (or ignore this if the code expects it to be missing)" : ""}.` })
      );
    }
  }
}

// src/doctor/checks/layout.ts
import path27 from "node:path";

// src/plan/limits.ts
function sizeVerdict(kind, zipped, unpacked) {
  if (kind === "image") return unpacked > FC_LIMITS.imageUncompressed ? { level: "over-limit", limit: FC_LIMITS.imageUncompressed } : { level: "ok" };
  if (zipped === void 0) return { level: "ok" };
  if (zipped > FC_LIMITS.codeZipConsole) return { level: "over-limit", limit: FC_LIMITS.codeZipConsole };
  if (zipped > FC_LIMITS.codeZipApi) return { level: "api-limit", limit: FC_LIMITS.codeZipApi };
  return { level: "ok" };
}

// src/shared/bytes.ts
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

// src/doctor/checks/layout.ts
function checkLayerLayout(ctx) {
  for (const r of ctx.depsRoots) {
    if (r === "/opt") {
      ctx.add(
        finding({ severity: "error", code: "layer-layout", file: ".", message: "the packages are at the top of the layer: FC unpacks a layer into /opt, so they land in /opt, which no Python searches", fcSymptom: "Function instance exited unexpectedly(code 1, ...) ... No module named ...", fix: "Put them under python/ in the zip (pip install --target python ...; or fc-python-pack build --target layer) and export PYTHONPATH=/opt/python in bootstrap." })
      );
    }
    const m = /^\/opt\/python\/lib\/python(\d+\.\d+)\/site-packages$/.exec(r);
    if (m) {
      ctx.add(
        finding(
          { severity: m[1] === ctx.target.pythonVersion ? "info" : "warning", code: "layer-layout", file: `${ctx.view.show(r)}/`, message: `the packages are in ${ctx.view.show(r)}/ (built for Python ${m[1]}): the function must put /opt/python/lib/python${m[1]}/site-packages (not /opt/python) on PYTHONPATH`, fcSymptom: "No module named ... if bootstrap exports only /opt/python", fix: `export PYTHONPATH=${r}:$PYTHONPATH in bootstrap, or rebuild the layer flat under python/ (fc-python-pack build --target layer).` }
        )
      );
    }
  }
}
function checkLayerPythonPath(ctx) {
  const env = ctx.opts.environment;
  if (!env || !ctx.depsRoots.includes("/opt/python")) return;
  const dirs = (env.PYTHONPATH ?? "").split(":").filter(Boolean).map((d) => path27.posix.resolve("/code", d));
  if (dirs.includes("/opt/python")) return;
  const pkgs = [...ctx.dists.values()].filter((d) => d.root === "/opt/python").map((d) => d.name);
  ctx.add(
    finding({ severity: "error", code: "bootstrap-no-pythonpath", file: ctx.opts.functionFrom ?? "the function's environment", message: `the layer's packages land in /opt/python (${pkgs.slice(0, 4).join(", ")}${pkgs.length > 4 ? ", ..." : ""}), but the function's environment variables never put /opt/python on PYTHONPATH (${env.PYTHONPATH !== void 0 ? `PYTHONPATH=${env.PYTHONPATH}` : "no PYTHONPATH"}), and FC sets none for custom runtimes`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${(pkgs[0] ?? "uvicorn").replace(/-/g, "_")}`, fix: "Add PYTHONPATH=/opt/python to the function's environment variables (s.yaml's environmentVariables), or export it in the bootstrap." })
  );
}
function checkSize(ctx, subject, zipped, unpacked) {
  const file = path27.basename(subject);
  const verdict = sizeVerdict(ctx.kind, zipped, unpacked);
  if (verdict.level === "ok") return;
  const what = ctx.kind === "layer" ? "layer" : "package";
  if (ctx.kind === "image") {
    ctx.add(finding({ severity: "error", code: "size-limit", file, message: `the image is ${formatBytes(unpacked)} unpacked, over FC's ${formatBytes(verdict.limit)} limit for custom-container images`, fcSymptom: "the function cannot be created or updated with this image", fix: "Use a slim base image, a multi-stage build, and leave build tools and caches out." }));
  } else if (verdict.level === "over-limit") {
    ctx.add(finding({ severity: "error", code: "size-limit", file, message: `the ${what} is ${formatBytes(zipped)} zipped, over FC's ${formatBytes(verdict.limit)} limit`, fcSymptom: "CodeSizeExceeded when the function (or layer) is created or updated", fix: ctx.kind === "layer" ? "Split the dependencies into several layers, or use a container image (target image)." : "Move the dependencies into a layer (target layer), or use a container image (target image)." }));
  } else {
    ctx.add(finding({ severity: "warning", code: "size-api-limit", file, message: `the ${what} is ${formatBytes(zipped)} zipped, over the ${formatBytes(verdict.limit)} limit for uploads through the API`, fcSymptom: "CodeSizeExceeded when deployed through the API (s deploy without OSS)", fix: "Upload through OSS or the console, or split the deps into a layer." }));
  }
}

// src/doctor/checks/native-libs.ts
import path28 from "node:path";

// src/doctor/data/sonames-debian10.json
var sonames_debian10_default = {
  runtime: "custom.debian10",
  suite: "bullseye",
  source: "http://deb.debian.org/debian/dists/bullseye/main/{binary-amd64/Packages.gz,Contents-amd64.gz}",
  note: "buster's indexes could not be fetched from http://archive.debian.org/debian or http://deb.debian.org/debian when this file was generated; these are bullseye's, an approximation (sonames that changed between the two may differ: buster has libffi.so.6 and libreadline.so.7 where bullseye has libffi.so.7 and libreadline.so.8). Rerun the script where http://archive.debian.org/debian is reachable.",
  packageSet: "Priority required + important (68 packages), plus python3 3.9.2-3 and what it depends on, closed over Depends/Pre-Depends: 178 packages",
  libDirs: [
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/usr/local/lib"
  ],
  generatedBy: "node scripts/gen-sonames.mjs",
  sonames: {
    "ld-2.31.so": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "libBrokenLocale-2.31.so": "libc6",
    "libBrokenLocale.so.1": "libc6",
    "libSegFault.so": "libc6",
    "libacl.so.1": "libacl1",
    "libacl.so.1.1.2253": "libacl1",
    "libanl-2.31.so": "libc6",
    "libanl.so.1": "libc6",
    "libapparmor.so.1": "libapparmor1",
    "libapparmor.so.1.6.3": "libapparmor1",
    "libapt-pkg.so.6.0": "libapt-pkg6.0",
    "libapt-pkg.so.6.0.0": "libapt-pkg6.0",
    "libapt-private.so.0.0": "apt",
    "libapt-private.so.0.0.0": "apt",
    "libargon2.so.1": "libargon2-1",
    "libattr.so.1": "libattr1",
    "libattr.so.1.1.2448": "libattr1",
    "libaudit.so.1": "libaudit1",
    "libaudit.so.1.0.0": "libaudit1",
    "libblkid.so.1": "libblkid1",
    "libblkid.so.1.1.0": "libblkid1",
    "libbpf.so.0": "libbpf0",
    "libbpf.so.0.3.0": "libbpf0",
    "libbsd.so.0": "libbsd0",
    "libbsd.so.0.11.3": "libbsd0",
    "libbz2.so.1": "libbz2-1.0",
    "libbz2.so.1.0": "libbz2-1.0",
    "libbz2.so.1.0.4": "libbz2-1.0",
    "libc-2.31.so": "libc6",
    "libc.so.6": "libc6",
    "libcap-ng.so.0": "libcap-ng0",
    "libcap-ng.so.0.0.0": "libcap-ng0",
    "libcap.so.2": "libcap2",
    "libcap.so.2.44": "libcap2",
    "libcom_err.so.2": "libcom-err2",
    "libcom_err.so.2.1": "libcom-err2",
    "libcrypt.so.1": "libcrypt1",
    "libcrypt.so.1.1.0": "libcrypt1",
    "libcrypto.so.1.1": "libssl1.1",
    "libcryptsetup.so.12": "libcryptsetup12",
    "libcryptsetup.so.12.6.0": "libcryptsetup12",
    "libdb-5.3.so": "libdb5.3",
    "libdebconfclient.so.0": "libdebconfclient0",
    "libdebconfclient.so.0.0.0": "libdebconfclient0",
    "libdevmapper.so.1.02.1": "libdevmapper1.02.1",
    "libdl-2.31.so": "libc6",
    "libdl.so.2": "libc6",
    "libdns-export.so.1110": "libdns-export1110",
    "libdns-export.so.1110.0.2": "libdns-export1110",
    "libe2p.so.2": "libext2fs2",
    "libe2p.so.2.3": "libext2fs2",
    "libedit.so.2": "libedit2",
    "libedit.so.2.0.63": "libedit2",
    "libelf-0.183.so": "libelf1",
    "libelf.so.1": "libelf1",
    "libestr.so.0": "libestr0",
    "libestr.so.0.0.0": "libestr0",
    "libexpat.so.1": "libexpat1",
    "libexpat.so.1.6.12": "libexpat1",
    "libexpatw.so.1": "libexpat1",
    "libexpatw.so.1.6.12": "libexpat1",
    "libext2fs.so.2": "libext2fs2",
    "libext2fs.so.2.4": "libext2fs2",
    "libfastjson.so.4": "libfastjson4",
    "libfastjson.so.4.3.0": "libfastjson4",
    "libfdisk.so.1": "libfdisk1",
    "libfdisk.so.1.1.0": "libfdisk1",
    "libffi.so.7": "libffi7",
    "libffi.so.7.1.0": "libffi7",
    "libform.so.6": "libncurses6",
    "libform.so.6.2": "libncurses6",
    "libformw.so.6": "libncursesw6",
    "libformw.so.6.2": "libncursesw6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgcrypt.so.20": "libgcrypt20",
    "libgcrypt.so.20.2.8": "libgcrypt20",
    "libgmp.so.10": "libgmp10",
    "libgmp.so.10.4.1": "libgmp10",
    "libgnutls.so.30": "libgnutls30",
    "libgnutls.so.30.29.1": "libgnutls30",
    "libgpg-error.so.0": "libgpg-error0",
    "libgpg-error.so.0.29.0": "libgpg-error0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libgssapi_krb5.so.2.2": "libgssapi-krb5-2",
    "libhistory.so.8": "libreadline8",
    "libhistory.so.8.1": "libreadline8",
    "libhogweed.so.6": "libhogweed6",
    "libhogweed.so.6.4": "libhogweed6",
    "libidn2.so.0": "libidn2-0",
    "libidn2.so.0.3.7": "libidn2-0",
    "libip4tc.so.2": "libip4tc2",
    "libip4tc.so.2.0.0": "libip4tc2",
    "libisc-export.so.1105": "libisc-export1105",
    "libisc-export.so.1105.0.2": "libisc-export1105",
    "libjansson.so.4": "libjansson4",
    "libjansson.so.4.13.0": "libjansson4",
    "libjson-c.so.5": "libjson-c5",
    "libjson-c.so.5.1.0": "libjson-c5",
    "libk5crypto.so.3": "libk5crypto3",
    "libk5crypto.so.3.1": "libk5crypto3",
    "libkeyutils.so.1": "libkeyutils1",
    "libkeyutils.so.1.9": "libkeyutils1",
    "libkmod.so.2": "libkmod2",
    "libkmod.so.2.3.6": "libkmod2",
    "libkrb5.so.3": "libkrb5-3",
    "libkrb5.so.3.3": "libkrb5-3",
    "libkrb5support.so.0": "libkrb5support0",
    "libkrb5support.so.0.1": "libkrb5support0",
    "liblognorm.so.5": "liblognorm5",
    "liblognorm.so.5.1.0": "liblognorm5",
    "liblz4.so.1": "liblz4-1",
    "liblz4.so.1.9.3": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "liblzma.so.5.2.5": "liblzma5",
    "libm-2.31.so": "libc6",
    "libm.so.6": "libc6",
    "libmd.so.0": "libmd0",
    "libmd.so.0.0.4": "libmd0",
    "libmemusage.so": "libc6",
    "libmenu.so.6": "libncurses6",
    "libmenu.so.6.2": "libncurses6",
    "libmenuw.so.6": "libncursesw6",
    "libmenuw.so.6.2": "libncursesw6",
    "libmnl.so.0": "libmnl0",
    "libmnl.so.0.2.0": "libmnl0",
    "libmount.so.1": "libmount1",
    "libmount.so.1.1.0": "libmount1",
    "libmpdec++.so.2.5.1": "libmpdec3",
    "libmpdec++.so.3": "libmpdec3",
    "libmpdec.so.2.5.1": "libmpdec3",
    "libmpdec.so.3": "libmpdec3",
    "libmpfr.so.6": "libmpfr6",
    "libmpfr.so.6.1.0": "libmpfr6",
    "libmvec-2.31.so": "libc6",
    "libmvec.so.1": "libc6",
    "libncurses.so.6": "libncurses6",
    "libncurses.so.6.2": "libncurses6",
    "libncursesw.so.6": "libncursesw6",
    "libncursesw.so.6.2": "libncursesw6",
    "libnettle.so.8": "libnettle8",
    "libnettle.so.8.4": "libnettle8",
    "libnewt.so.0.52": "libnewt0.52",
    "libnewt.so.0.52.21": "libnewt0.52",
    "libnftables.so.1": "libnftables1",
    "libnftables.so.1.0.0": "libnftables1",
    "libnftnl.so.11": "libnftnl11",
    "libnftnl.so.11.5.0": "libnftnl11",
    "libnsl-2.31.so": "libc6",
    "libnsl.so.1": "libc6",
    "libnsl.so.2": "libnsl2",
    "libnsl.so.2.0.1": "libnsl2",
    "libnss_compat-2.31.so": "libc6",
    "libnss_compat.so.2": "libc6",
    "libnss_dns-2.31.so": "libc6",
    "libnss_dns.so.2": "libc6",
    "libnss_files-2.31.so": "libc6",
    "libnss_files.so.2": "libc6",
    "libnss_hesiod-2.31.so": "libc6",
    "libnss_hesiod.so.2": "libc6",
    "libp11-kit.so.0": "libp11-kit0",
    "libp11-kit.so.0.3.0": "libp11-kit0",
    "libpam.so.0": "libpam0g",
    "libpam.so.0.85.1": "libpam0g",
    "libpam_misc.so.0": "libpam0g",
    "libpam_misc.so.0.82.1": "libpam0g",
    "libpamc.so.0": "libpam0g",
    "libpamc.so.0.82.1": "libpam0g",
    "libpanel.so.6": "libncurses6",
    "libpanel.so.6.2": "libncurses6",
    "libpanelw.so.6": "libncursesw6",
    "libpanelw.so.6.2": "libncursesw6",
    "libpcprofile.so": "libc6",
    "libpcre.so.3": "libpcre3",
    "libpcre.so.3.13.3": "libpcre3",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpcre2-8.so.0.10.1": "libpcre2-8-0",
    "libpcreposix.so.3": "libpcre3",
    "libpcreposix.so.3.13.3": "libpcre3",
    "libpopt.so.0": "libpopt0",
    "libpopt.so.0.0.1": "libpopt0",
    "libprocps.so.8": "libprocps8",
    "libprocps.so.8.0.3": "libprocps8",
    "libpthread-2.31.so": "libc6",
    "libpthread.so.0": "libc6",
    "libreadline.so.8": "libreadline8",
    "libreadline.so.8.1": "libreadline8",
    "libresolv-2.31.so": "libc6",
    "libresolv.so.2": "libc6",
    "librt-2.31.so": "libc6",
    "librt.so.1": "libc6",
    "libseccomp.so.2": "libseccomp2",
    "libseccomp.so.2.5.1": "libseccomp2",
    "libselinux.so.1": "libselinux1",
    "libsemanage.so.1": "libsemanage1",
    "libsepol.so.1": "libsepol1",
    "libsigsegv.so.2": "libsigsegv2",
    "libsigsegv.so.2.0.6": "libsigsegv2",
    "libslang.so.2": "libslang2",
    "libslang.so.2.3.2": "libslang2",
    "libsmartcols.so.1": "libsmartcols1",
    "libsmartcols.so.1.1.0": "libsmartcols1",
    "libsqlite3.so.0": "libsqlite3-0",
    "libsqlite3.so.0.8.6": "libsqlite3-0",
    "libss.so.2": "libss2",
    "libss.so.2.0": "libss2",
    "libssl.so.1.1": "libssl1.1",
    "libstdc++.so.6": "libstdc++6",
    "libstdc++.so.6.0.28": "libstdc++6",
    "libsystemd.so.0": "libsystemd0",
    "libsystemd.so.0.30.0": "libsystemd0",
    "libtasn1.so.6": "libtasn1-6",
    "libtasn1.so.6.6.0": "libtasn1-6",
    "libthread_db-1.0.so": "libc6",
    "libthread_db.so.1": "libc6",
    "libtic.so.6": "libtinfo6",
    "libtic.so.6.2": "libtinfo6",
    "libtinfo.so.6": "libtinfo6",
    "libtinfo.so.6.2": "libtinfo6",
    "libtirpc.so.3": "libtirpc3",
    "libtirpc.so.3.0.0": "libtirpc3",
    "libudev.so.1": "libudev1",
    "libudev.so.1.7.0": "libudev1",
    "libunistring.so.2": "libunistring2",
    "libunistring.so.2.1.0": "libunistring2",
    "libutil-2.31.so": "libc6",
    "libutil.so.1": "libc6",
    "libuuid.so.1": "libuuid1",
    "libuuid.so.1.3.0": "libuuid1",
    "libxtables.so.12": "libxtables12",
    "libxtables.so.12.4.0": "libxtables12",
    "libxxhash.so.0": "libxxhash0",
    "libxxhash.so.0.8.0": "libxxhash0",
    "libz.so.1": "zlib1g",
    "libz.so.1.2.11": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libzstd.so.1.4.8": "libzstd1"
  }
};

// src/doctor/data/sonames-debian11.json
var sonames_debian11_default = {
  runtime: "custom.debian11",
  suite: "bullseye",
  source: "http://deb.debian.org/debian/dists/bullseye/main/{binary-amd64/Packages.gz,Contents-amd64.gz}",
  packageSet: "Priority required + important (68 packages), plus python3 3.9.2-3 and what it depends on, closed over Depends/Pre-Depends: 178 packages",
  libDirs: [
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/usr/local/lib"
  ],
  generatedBy: "node scripts/gen-sonames.mjs",
  sonames: {
    "ld-2.31.so": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "libBrokenLocale-2.31.so": "libc6",
    "libBrokenLocale.so.1": "libc6",
    "libSegFault.so": "libc6",
    "libacl.so.1": "libacl1",
    "libacl.so.1.1.2253": "libacl1",
    "libanl-2.31.so": "libc6",
    "libanl.so.1": "libc6",
    "libapparmor.so.1": "libapparmor1",
    "libapparmor.so.1.6.3": "libapparmor1",
    "libapt-pkg.so.6.0": "libapt-pkg6.0",
    "libapt-pkg.so.6.0.0": "libapt-pkg6.0",
    "libapt-private.so.0.0": "apt",
    "libapt-private.so.0.0.0": "apt",
    "libargon2.so.1": "libargon2-1",
    "libattr.so.1": "libattr1",
    "libattr.so.1.1.2448": "libattr1",
    "libaudit.so.1": "libaudit1",
    "libaudit.so.1.0.0": "libaudit1",
    "libblkid.so.1": "libblkid1",
    "libblkid.so.1.1.0": "libblkid1",
    "libbpf.so.0": "libbpf0",
    "libbpf.so.0.3.0": "libbpf0",
    "libbsd.so.0": "libbsd0",
    "libbsd.so.0.11.3": "libbsd0",
    "libbz2.so.1": "libbz2-1.0",
    "libbz2.so.1.0": "libbz2-1.0",
    "libbz2.so.1.0.4": "libbz2-1.0",
    "libc-2.31.so": "libc6",
    "libc.so.6": "libc6",
    "libcap-ng.so.0": "libcap-ng0",
    "libcap-ng.so.0.0.0": "libcap-ng0",
    "libcap.so.2": "libcap2",
    "libcap.so.2.44": "libcap2",
    "libcom_err.so.2": "libcom-err2",
    "libcom_err.so.2.1": "libcom-err2",
    "libcrypt.so.1": "libcrypt1",
    "libcrypt.so.1.1.0": "libcrypt1",
    "libcrypto.so.1.1": "libssl1.1",
    "libcryptsetup.so.12": "libcryptsetup12",
    "libcryptsetup.so.12.6.0": "libcryptsetup12",
    "libdb-5.3.so": "libdb5.3",
    "libdebconfclient.so.0": "libdebconfclient0",
    "libdebconfclient.so.0.0.0": "libdebconfclient0",
    "libdevmapper.so.1.02.1": "libdevmapper1.02.1",
    "libdl-2.31.so": "libc6",
    "libdl.so.2": "libc6",
    "libdns-export.so.1110": "libdns-export1110",
    "libdns-export.so.1110.0.2": "libdns-export1110",
    "libe2p.so.2": "libext2fs2",
    "libe2p.so.2.3": "libext2fs2",
    "libedit.so.2": "libedit2",
    "libedit.so.2.0.63": "libedit2",
    "libelf-0.183.so": "libelf1",
    "libelf.so.1": "libelf1",
    "libestr.so.0": "libestr0",
    "libestr.so.0.0.0": "libestr0",
    "libexpat.so.1": "libexpat1",
    "libexpat.so.1.6.12": "libexpat1",
    "libexpatw.so.1": "libexpat1",
    "libexpatw.so.1.6.12": "libexpat1",
    "libext2fs.so.2": "libext2fs2",
    "libext2fs.so.2.4": "libext2fs2",
    "libfastjson.so.4": "libfastjson4",
    "libfastjson.so.4.3.0": "libfastjson4",
    "libfdisk.so.1": "libfdisk1",
    "libfdisk.so.1.1.0": "libfdisk1",
    "libffi.so.7": "libffi7",
    "libffi.so.7.1.0": "libffi7",
    "libform.so.6": "libncurses6",
    "libform.so.6.2": "libncurses6",
    "libformw.so.6": "libncursesw6",
    "libformw.so.6.2": "libncursesw6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgcrypt.so.20": "libgcrypt20",
    "libgcrypt.so.20.2.8": "libgcrypt20",
    "libgmp.so.10": "libgmp10",
    "libgmp.so.10.4.1": "libgmp10",
    "libgnutls.so.30": "libgnutls30",
    "libgnutls.so.30.29.1": "libgnutls30",
    "libgpg-error.so.0": "libgpg-error0",
    "libgpg-error.so.0.29.0": "libgpg-error0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libgssapi_krb5.so.2.2": "libgssapi-krb5-2",
    "libhistory.so.8": "libreadline8",
    "libhistory.so.8.1": "libreadline8",
    "libhogweed.so.6": "libhogweed6",
    "libhogweed.so.6.4": "libhogweed6",
    "libidn2.so.0": "libidn2-0",
    "libidn2.so.0.3.7": "libidn2-0",
    "libip4tc.so.2": "libip4tc2",
    "libip4tc.so.2.0.0": "libip4tc2",
    "libisc-export.so.1105": "libisc-export1105",
    "libisc-export.so.1105.0.2": "libisc-export1105",
    "libjansson.so.4": "libjansson4",
    "libjansson.so.4.13.0": "libjansson4",
    "libjson-c.so.5": "libjson-c5",
    "libjson-c.so.5.1.0": "libjson-c5",
    "libk5crypto.so.3": "libk5crypto3",
    "libk5crypto.so.3.1": "libk5crypto3",
    "libkeyutils.so.1": "libkeyutils1",
    "libkeyutils.so.1.9": "libkeyutils1",
    "libkmod.so.2": "libkmod2",
    "libkmod.so.2.3.6": "libkmod2",
    "libkrb5.so.3": "libkrb5-3",
    "libkrb5.so.3.3": "libkrb5-3",
    "libkrb5support.so.0": "libkrb5support0",
    "libkrb5support.so.0.1": "libkrb5support0",
    "liblognorm.so.5": "liblognorm5",
    "liblognorm.so.5.1.0": "liblognorm5",
    "liblz4.so.1": "liblz4-1",
    "liblz4.so.1.9.3": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "liblzma.so.5.2.5": "liblzma5",
    "libm-2.31.so": "libc6",
    "libm.so.6": "libc6",
    "libmd.so.0": "libmd0",
    "libmd.so.0.0.4": "libmd0",
    "libmemusage.so": "libc6",
    "libmenu.so.6": "libncurses6",
    "libmenu.so.6.2": "libncurses6",
    "libmenuw.so.6": "libncursesw6",
    "libmenuw.so.6.2": "libncursesw6",
    "libmnl.so.0": "libmnl0",
    "libmnl.so.0.2.0": "libmnl0",
    "libmount.so.1": "libmount1",
    "libmount.so.1.1.0": "libmount1",
    "libmpdec++.so.2.5.1": "libmpdec3",
    "libmpdec++.so.3": "libmpdec3",
    "libmpdec.so.2.5.1": "libmpdec3",
    "libmpdec.so.3": "libmpdec3",
    "libmpfr.so.6": "libmpfr6",
    "libmpfr.so.6.1.0": "libmpfr6",
    "libmvec-2.31.so": "libc6",
    "libmvec.so.1": "libc6",
    "libncurses.so.6": "libncurses6",
    "libncurses.so.6.2": "libncurses6",
    "libncursesw.so.6": "libncursesw6",
    "libncursesw.so.6.2": "libncursesw6",
    "libnettle.so.8": "libnettle8",
    "libnettle.so.8.4": "libnettle8",
    "libnewt.so.0.52": "libnewt0.52",
    "libnewt.so.0.52.21": "libnewt0.52",
    "libnftables.so.1": "libnftables1",
    "libnftables.so.1.0.0": "libnftables1",
    "libnftnl.so.11": "libnftnl11",
    "libnftnl.so.11.5.0": "libnftnl11",
    "libnsl-2.31.so": "libc6",
    "libnsl.so.1": "libc6",
    "libnsl.so.2": "libnsl2",
    "libnsl.so.2.0.1": "libnsl2",
    "libnss_compat-2.31.so": "libc6",
    "libnss_compat.so.2": "libc6",
    "libnss_dns-2.31.so": "libc6",
    "libnss_dns.so.2": "libc6",
    "libnss_files-2.31.so": "libc6",
    "libnss_files.so.2": "libc6",
    "libnss_hesiod-2.31.so": "libc6",
    "libnss_hesiod.so.2": "libc6",
    "libp11-kit.so.0": "libp11-kit0",
    "libp11-kit.so.0.3.0": "libp11-kit0",
    "libpam.so.0": "libpam0g",
    "libpam.so.0.85.1": "libpam0g",
    "libpam_misc.so.0": "libpam0g",
    "libpam_misc.so.0.82.1": "libpam0g",
    "libpamc.so.0": "libpam0g",
    "libpamc.so.0.82.1": "libpam0g",
    "libpanel.so.6": "libncurses6",
    "libpanel.so.6.2": "libncurses6",
    "libpanelw.so.6": "libncursesw6",
    "libpanelw.so.6.2": "libncursesw6",
    "libpcprofile.so": "libc6",
    "libpcre.so.3": "libpcre3",
    "libpcre.so.3.13.3": "libpcre3",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpcre2-8.so.0.10.1": "libpcre2-8-0",
    "libpcreposix.so.3": "libpcre3",
    "libpcreposix.so.3.13.3": "libpcre3",
    "libpopt.so.0": "libpopt0",
    "libpopt.so.0.0.1": "libpopt0",
    "libprocps.so.8": "libprocps8",
    "libprocps.so.8.0.3": "libprocps8",
    "libpthread-2.31.so": "libc6",
    "libpthread.so.0": "libc6",
    "libreadline.so.8": "libreadline8",
    "libreadline.so.8.1": "libreadline8",
    "libresolv-2.31.so": "libc6",
    "libresolv.so.2": "libc6",
    "librt-2.31.so": "libc6",
    "librt.so.1": "libc6",
    "libseccomp.so.2": "libseccomp2",
    "libseccomp.so.2.5.1": "libseccomp2",
    "libselinux.so.1": "libselinux1",
    "libsemanage.so.1": "libsemanage1",
    "libsepol.so.1": "libsepol1",
    "libsigsegv.so.2": "libsigsegv2",
    "libsigsegv.so.2.0.6": "libsigsegv2",
    "libslang.so.2": "libslang2",
    "libslang.so.2.3.2": "libslang2",
    "libsmartcols.so.1": "libsmartcols1",
    "libsmartcols.so.1.1.0": "libsmartcols1",
    "libsqlite3.so.0": "libsqlite3-0",
    "libsqlite3.so.0.8.6": "libsqlite3-0",
    "libss.so.2": "libss2",
    "libss.so.2.0": "libss2",
    "libssl.so.1.1": "libssl1.1",
    "libstdc++.so.6": "libstdc++6",
    "libstdc++.so.6.0.28": "libstdc++6",
    "libsystemd.so.0": "libsystemd0",
    "libsystemd.so.0.30.0": "libsystemd0",
    "libtasn1.so.6": "libtasn1-6",
    "libtasn1.so.6.6.0": "libtasn1-6",
    "libthread_db-1.0.so": "libc6",
    "libthread_db.so.1": "libc6",
    "libtic.so.6": "libtinfo6",
    "libtic.so.6.2": "libtinfo6",
    "libtinfo.so.6": "libtinfo6",
    "libtinfo.so.6.2": "libtinfo6",
    "libtirpc.so.3": "libtirpc3",
    "libtirpc.so.3.0.0": "libtirpc3",
    "libudev.so.1": "libudev1",
    "libudev.so.1.7.0": "libudev1",
    "libunistring.so.2": "libunistring2",
    "libunistring.so.2.1.0": "libunistring2",
    "libutil-2.31.so": "libc6",
    "libutil.so.1": "libc6",
    "libuuid.so.1": "libuuid1",
    "libuuid.so.1.3.0": "libuuid1",
    "libxtables.so.12": "libxtables12",
    "libxtables.so.12.4.0": "libxtables12",
    "libxxhash.so.0": "libxxhash0",
    "libxxhash.so.0.8.0": "libxxhash0",
    "libz.so.1": "zlib1g",
    "libz.so.1.2.11": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libzstd.so.1.4.8": "libzstd1"
  }
};

// src/doctor/data/sonames-debian12.json
var sonames_debian12_default = {
  runtime: "custom.debian12",
  suite: "bookworm",
  source: "http://deb.debian.org/debian/dists/bookworm/main/{binary-amd64/Packages.gz,Contents-amd64.gz}",
  packageSet: "Priority required + important (65 packages), plus python3 3.11.2-1+b1 and what it depends on, closed over Depends/Pre-Depends: 178 packages",
  libDirs: [
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/usr/local/lib"
  ],
  generatedBy: "node scripts/gen-sonames.mjs",
  sonames: {
    "ld-linux-x86-64.so.2": "libc6",
    "libBrokenLocale.so.1": "libc6",
    "libacl.so.1": "libacl1",
    "libacl.so.1.1.2301": "libacl1",
    "libanl.so.1": "libc6",
    "libapparmor.so.1": "libapparmor1",
    "libapparmor.so.1.8.4": "libapparmor1",
    "libapt-pkg.so.6.0": "libapt-pkg6.0",
    "libapt-pkg.so.6.0.0": "libapt-pkg6.0",
    "libapt-private.so.0.0": "apt",
    "libapt-private.so.0.0.0": "apt",
    "libargon2.so.1": "libargon2-1",
    "libattr.so.1": "libattr1",
    "libattr.so.1.1.2501": "libattr1",
    "libaudit.so.1": "libaudit1",
    "libaudit.so.1.0.0": "libaudit1",
    "libblkid.so.1": "libblkid1",
    "libblkid.so.1.1.0": "libblkid1",
    "libbpf.so.1": "libbpf1",
    "libbpf.so.1.1.2": "libbpf1",
    "libbsd.so.0": "libbsd0",
    "libbsd.so.0.11.7": "libbsd0",
    "libbz2.so.1": "libbz2-1.0",
    "libbz2.so.1.0": "libbz2-1.0",
    "libbz2.so.1.0.4": "libbz2-1.0",
    "libc.so.6": "libc6",
    "libc_malloc_debug.so.0": "libc6",
    "libcap-ng.so.0": "libcap-ng0",
    "libcap-ng.so.0.0.0": "libcap-ng0",
    "libcap.so.2": "libcap2",
    "libcap.so.2.66": "libcap2",
    "libcom_err.so.2": "libcom-err2",
    "libcom_err.so.2.1": "libcom-err2",
    "libcrypt.so.1": "libcrypt1",
    "libcrypt.so.1.1.0": "libcrypt1",
    "libcrypto.so.3": "libssl3",
    "libcryptsetup.so.12": "libcryptsetup12",
    "libcryptsetup.so.12.9.0": "libcryptsetup12",
    "libdb-5.3.so": "libdb5.3",
    "libdebconfclient.so.0": "libdebconfclient0",
    "libdebconfclient.so.0.0.0": "libdebconfclient0",
    "libdevmapper.so.1.02.1": "libdevmapper1.02.1",
    "libdl.so.2": "libc6",
    "libdrop_ambient.so.0": "libcap-ng0",
    "libdrop_ambient.so.0.0.0": "libcap-ng0",
    "libe2p.so.2": "libext2fs2",
    "libe2p.so.2.3": "libext2fs2",
    "libedit.so.2": "libedit2",
    "libedit.so.2.0.70": "libedit2",
    "libelf-0.188.so": "libelf1",
    "libelf.so.1": "libelf1",
    "libexpat.so.1": "libexpat1",
    "libexpat.so.1.8.10": "libexpat1",
    "libexpatw.so.1": "libexpat1",
    "libexpatw.so.1.8.10": "libexpat1",
    "libext2fs.so.2": "libext2fs2",
    "libext2fs.so.2.4": "libext2fs2",
    "libfdisk.so.1": "libfdisk1",
    "libfdisk.so.1.1.0": "libfdisk1",
    "libffi.so.8": "libffi8",
    "libffi.so.8.1.2": "libffi8",
    "libformw.so.6": "libncursesw6",
    "libformw.so.6.4": "libncursesw6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgcrypt.so.20": "libgcrypt20",
    "libgcrypt.so.20.4.1": "libgcrypt20",
    "libgdbm.so.6": "libgdbm6",
    "libgdbm.so.6.0.0": "libgdbm6",
    "libgdbm_compat.so.4": "libgdbm-compat4",
    "libgdbm_compat.so.4.0.0": "libgdbm-compat4",
    "libgmp.so.10": "libgmp10",
    "libgmp.so.10.4.1": "libgmp10",
    "libgnutls.so.30": "libgnutls30",
    "libgnutls.so.30.34.3": "libgnutls30",
    "libgpg-error.so.0": "libgpg-error0",
    "libgpg-error.so.0.33.1": "libgpg-error0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libgssapi_krb5.so.2.2": "libgssapi-krb5-2",
    "libhistory.so.8": "libreadline8",
    "libhistory.so.8.2": "libreadline8",
    "libhogweed.so.6": "libhogweed6",
    "libhogweed.so.6.6": "libhogweed6",
    "libidn2.so.0": "libidn2-0",
    "libidn2.so.0.3.8": "libidn2-0",
    "libip4tc.so.2": "libip4tc2",
    "libip4tc.so.2.0.0": "libip4tc2",
    "libjansson.so.4": "libjansson4",
    "libjansson.so.4.14.0": "libjansson4",
    "libjson-c.so.5": "libjson-c5",
    "libjson-c.so.5.2.0": "libjson-c5",
    "libk5crypto.so.3": "libk5crypto3",
    "libk5crypto.so.3.1": "libk5crypto3",
    "libkeyutils.so.1": "libkeyutils1",
    "libkeyutils.so.1.10": "libkeyutils1",
    "libkmod.so.2": "libkmod2",
    "libkmod.so.2.4.0": "libkmod2",
    "libkrb5.so.3": "libkrb5-3",
    "libkrb5.so.3.3": "libkrb5-3",
    "libkrb5support.so.0": "libkrb5support0",
    "libkrb5support.so.0.1": "libkrb5support0",
    "liblz4.so.1": "liblz4-1",
    "liblz4.so.1.9.4": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "liblzma.so.5.4.1": "liblzma5",
    "libm.so.6": "libc6",
    "libmd.so.0": "libmd0",
    "libmd.so.0.0.5": "libmd0",
    "libmemusage.so": "libc6",
    "libmenuw.so.6": "libncursesw6",
    "libmenuw.so.6.4": "libncursesw6",
    "libmnl.so.0": "libmnl0",
    "libmnl.so.0.2.0": "libmnl0",
    "libmount.so.1": "libmount1",
    "libmount.so.1.1.0": "libmount1",
    "libmpfr.so.6": "libmpfr6",
    "libmpfr.so.6.2.0": "libmpfr6",
    "libmvec.so.1": "libc6",
    "libncursesw.so.6": "libncursesw6",
    "libncursesw.so.6.4": "libncursesw6",
    "libnettle.so.8": "libnettle8",
    "libnettle.so.8.6": "libnettle8",
    "libnewt.so.0.52": "libnewt0.52",
    "libnewt.so.0.52.23": "libnewt0.52",
    "libnftables.so.1": "libnftables1",
    "libnftables.so.1.1.0": "libnftables1",
    "libnftnl.so.11": "libnftnl11",
    "libnftnl.so.11.6.0": "libnftnl11",
    "libnsl.so.1": "libc6",
    "libnsl.so.2": "libnsl2",
    "libnsl.so.2.0.1": "libnsl2",
    "libnss_compat.so.2": "libc6",
    "libnss_dns.so.2": "libc6",
    "libnss_files.so.2": "libc6",
    "libnss_hesiod.so.2": "libc6",
    "libp11-kit.so.0": "libp11-kit0",
    "libp11-kit.so.0.3.0": "libp11-kit0",
    "libpam.so.0": "libpam0g",
    "libpam.so.0.85.1": "libpam0g",
    "libpam_misc.so.0": "libpam0g",
    "libpam_misc.so.0.82.1": "libpam0g",
    "libpamc.so.0": "libpam0g",
    "libpamc.so.0.82.1": "libpam0g",
    "libpanelw.so.6": "libncursesw6",
    "libpanelw.so.6.4": "libncursesw6",
    "libpcprofile.so": "libc6",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpcre2-8.so.0.11.2": "libpcre2-8-0",
    "libperl.so.5.36": "libperl5.36",
    "libperl.so.5.36.0": "libperl5.36",
    "libpopt.so.0": "libpopt0",
    "libpopt.so.0.0.2": "libpopt0",
    "libproc2.so.0": "libproc2-0",
    "libproc2.so.0.0.1": "libproc2-0",
    "libpsx.so.2": "libcap2",
    "libpsx.so.2.66": "libcap2",
    "libpthread.so.0": "libc6",
    "libreadline.so.8": "libreadline8",
    "libreadline.so.8.2": "libreadline8",
    "libresolv.so.2": "libc6",
    "librt.so.1": "libc6",
    "libseccomp.so.2": "libseccomp2",
    "libseccomp.so.2.5.4": "libseccomp2",
    "libselinux.so.1": "libselinux1",
    "libsemanage.so.2": "libsemanage2",
    "libsepol.so.2": "libsepol2",
    "libsigsegv.so.2": "libsigsegv2",
    "libsigsegv.so.2.0.7": "libsigsegv2",
    "libslang.so.2": "libslang2",
    "libslang.so.2.3.3": "libslang2",
    "libsmartcols.so.1": "libsmartcols1",
    "libsmartcols.so.1.1.0": "libsmartcols1",
    "libsqlite3.so.0": "libsqlite3-0",
    "libsqlite3.so.0.8.6": "libsqlite3-0",
    "libss.so.2": "libss2",
    "libss.so.2.0": "libss2",
    "libssl.so.3": "libssl3",
    "libstdc++.so.6": "libstdc++6",
    "libstdc++.so.6.0.30": "libstdc++6",
    "libsystemd.so.0": "libsystemd0",
    "libsystemd.so.0.35.0": "libsystemd0",
    "libtasn1.so.6": "libtasn1-6",
    "libtasn1.so.6.6.3": "libtasn1-6",
    "libthread_db.so.1": "libc6",
    "libtic.so.6": "libtinfo6",
    "libtic.so.6.4": "libtinfo6",
    "libtinfo.so.6": "libtinfo6",
    "libtinfo.so.6.4": "libtinfo6",
    "libtirpc.so.3": "libtirpc3",
    "libtirpc.so.3.0.0": "libtirpc3",
    "libudev.so.1": "libudev1",
    "libudev.so.1.7.5": "libudev1",
    "libunistring.so.2": "libunistring2",
    "libunistring.so.2.2.0": "libunistring2",
    "libutil.so.1": "libc6",
    "libuuid.so.1": "libuuid1",
    "libuuid.so.1.3.0": "libuuid1",
    "libxtables.so.12": "libxtables12",
    "libxtables.so.12.7.0": "libxtables12",
    "libxxhash.so.0": "libxxhash0",
    "libxxhash.so.0.8.1": "libxxhash0",
    "libz.so.1": "zlib1g",
    "libz.so.1.2.13": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libzstd.so.1.5.4": "libzstd1"
  }
};

// src/doctor/checks/native-libs.ts
var BASE = Object.fromEntries([sonames_debian10_default, sonames_debian11_default, sonames_debian12_default].map((d) => [d.runtime, d]));
function baseSonames(runtime) {
  return BASE[runtime];
}
var DEFAULT_DIRS = ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64", "/lib", "/usr/lib", "/usr/local/lib"];
var FROM_INTERPRETER = /^libpython3\.\d+/;
var OPENCV_GUI = /^opencv-(contrib-)?python$/;
var ASSIGN2 = /(?:^|[\s;&|(])(?:export\s+)?LD_LIBRARY_PATH=("[^"]*"|'[^']*'|\S*)/g;
function ldLibraryPathOf(script, initial) {
  let value = initial;
  for (const raw of (script ?? "").split("\n")) {
    const line = raw.replace(/(^|\s)#.*$/, "");
    for (const m of line.matchAll(ASSIGN2)) {
      const text = m[1].replace(/^(["'])(.*)\1$/, "$2");
      value = expandShell(text, { LD_LIBRARY_PATH: value ?? "", FC_FUNC_CODE_PATH: "/code" });
    }
  }
  return value === void 0 ? void 0 : value.split(":").filter((p) => p && !p.includes("$")).map((p) => p.replace(/\/+$/, "") || "/");
}
function packageOf(abs, dyn, roots) {
  const root = [...roots].sort((a, b) => b.length - a.length).find((r) => abs.startsWith(`${r}/`));
  const rel = root ? abs.slice(root.length + 1) : abs.replace(/^\/(code|opt)\//, "");
  const first = rel.split("/")[0];
  const libs = /^(.+)\.libs$/.exec(first) ?? [...dyn.rpath, ...dyn.runpath].map((p) => /([^/]+)\.libs\/?$/.exec(p)).find(Boolean);
  return normalizeName(libs ? libs[1] : first.split(".")[0]);
}
function searchDirs(abs, dyn, ldPath) {
  const origin = path28.posix.dirname(abs);
  const expand = (p) => path28.posix.resolve(origin, p.replace(/\$(\{ORIGIN\}|ORIGIN)/g, origin));
  return [...dyn.runpath.length ? [] : dyn.rpath.map(expand), ...ldPath, ...dyn.runpath.map(expand)];
}
function checkNativeLibs(input) {
  const findings = [];
  const base = input.kind === "image" ? void 0 : baseSonames(input.runtime);
  if (input.kind === "image" && !DEFAULT_DIRS.some((d) => input.exists(`${d}/libc.so.6`))) return [];
  const known = input.ldLibraryPath !== void 0;
  const ldPath = input.ldLibraryPath ?? ["/opt/lib", "/code/lib"];
  const start = input.startFile ?? "bootstrap";
  if (input.kind !== "image" && input.optLibFiles > 0 && known && !ldPath.includes("/opt/lib")) {
    findings.push(
      finding({
        severity: "warning",
        code: "layer-ld-library-path",
        file: start,
        message: `the layer ships ${input.optLibFiles} file${input.optLibFiles > 1 ? "s" : ""} in lib/ (at /opt/lib on FC), but ${start} does not put /opt/lib on LD_LIBRARY_PATH${input.ldLibraryPath.length ? ` (it sets ${input.ldLibraryPath.join(":")})` : ""}`,
        fcSymptom: "ImportError: lib...so: cannot open shared object file: No such file or directory, for every library only /opt/lib has",
        fix: `Add export LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH to ${start} before the server starts.`
      })
    );
  }
  const sorted = [...input.elfs].sort(([a], [b]) => a < b ? -1 : 1);
  const edges = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Map();
  const reached = /* @__PURE__ */ new Set();
  for (const [abs, dyn] of sorted) {
    const dirs = searchDirs(abs, dyn, ldPath);
    const to = [];
    const lacks = [];
    for (const soname of dyn.needed) {
      if (soname.includes("/") || FROM_INTERPRETER.test(soname)) continue;
      const hit = dirs.map((d) => `${d}/${soname}`).find((p) => input.exists(p));
      if (hit) {
        if (input.elfs.has(hit) && hit !== abs) to.push(hit), reached.add(hit);
        continue;
      }
      if (base ? soname in base.sonames : DEFAULT_DIRS.some((d) => input.exists(`${d}/${soname}`))) continue;
      const elsewhere = sorted.map(([p]) => p).find((p) => path28.posix.basename(p) === soname) ?? (input.exists(`/opt/lib/${soname}`) ? `/opt/lib/${soname}` : void 0);
      if (elsewhere) {
        const file = input.show(abs);
        findings.push(
          finding({
            severity: "warning",
            code: "native-lib-path",
            file,
            message: `${packageOf(abs, dyn, input.depsRoots)}'s ${path28.posix.basename(abs)} needs ${soname}; it ships as ${input.show(elsewhere)}, but not where the loader looks for this file (${[...dirs, "the system folders"].join(", ")})`,
            fcSymptom: `ImportError: ${soname}: cannot open shared object file: No such file or directory, unless the package loads it first itself`,
            fix: elsewhere.startsWith("/opt/lib/") ? `export LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH in ${start}.` : `Put its folder on LD_LIBRARY_PATH in ${start}, or install the package from its manylinux wheel (whose libraries its rpath finds).`
          })
        );
        continue;
      }
      lacks.push(soname);
    }
    edges.set(abs, to);
    missing.set(abs, lacks);
  }
  const stand = base?.note ? ` standing in for ${base.runtime.replace("custom.", "")}, whose indexes were not reachable` : "";
  const system = base ? `${input.runtime}'s base system (Debian ${base.suite}${stand}, ${Object.keys(base.sonames).length} libraries)` : "the image's library folders";
  for (const [abs, dyn] of sorted) {
    if (reached.has(abs)) continue;
    const lacks = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    const walk2 = (p, via) => {
      if (seen.has(p)) return;
      seen.add(p);
      for (const so of missing.get(p) ?? []) if (!lacks.has(so)) lacks.set(so, via);
      for (const q of edges.get(p) ?? []) walk2(q, via ?? path28.posix.basename(q));
    };
    walk2(abs, void 0);
    if (!lacks.size) continue;
    const pkg = packageOf(abs, dyn, input.depsRoots);
    const file = input.show(abs);
    const list = [...lacks].map(([so, via]) => via ? `${so} (through ${via})` : so);
    const first = [...lacks.keys()][0];
    const gui = OPENCV_GUI.test(pkg);
    const libs = lacks.size > 1 ? `${[...lacks.keys()].slice(0, 3).join(", ")}${lacks.size > 3 ? " ..." : ""}` : first;
    findings.push(
      finding({
        severity: "error",
        code: "native-lib-missing",
        file,
        message: `${pkg}'s ${path28.posix.basename(abs)} needs ${list.join(", ")}: ${lacks.size > 1 ? "libraries" : "a library"} neither shipped (${pkg}'s bundled libraries, its rpath, LD_LIBRARY_PATH${known ? "" : " /opt/lib"}) nor in ${system}`,
        fcSymptom: `ImportError: ${first}: cannot open shared object file: No such file or directory (when ${path28.posix.basename(abs)} is loaded)`,
        fix: gui ? `Use ${pkg}-headless instead of ${pkg} (the same cv2 without the GUI libraries FC lacks), or ship ${libs} and what they need in a layer's lib/ with LD_LIBRARY_PATH=/opt/lib.` : `Ship ${libs} (from the runtime's Debian ${base?.suite ?? ""}) and what they need in a layer's lib/ with LD_LIBRARY_PATH=/opt/lib in ${start}, or use a build of ${pkg} that bundles ${lacks.size > 1 ? "them" : "it"} (manylinux wheels keep theirs in ${pkg.replace(/-/g, "_")}.libs/).`
      })
    );
  }
  return findings;
}

// src/doctor/checks/requirements.ts
import path30 from "node:path";

// src/doctor/checks/declared.ts
import path29 from "node:path";
var PYLOCK_NAMED2 = /^pylock\.[^.]+\.toml$/;
function lineOf(text, needle) {
  const i = text.startsWith(needle) ? 0 : text.indexOf(`
${needle}`) + 1;
  return i <= 0 && !text.startsWith(needle) ? 1 : text.slice(0, i).split("\n").length;
}
function firstIn(dir, texts) {
  const base = dir === "/" ? "" : dir;
  for (const { file } of DETECTION_ORDER) {
    if (file === "pylock.<name>.toml") {
      const named = [...texts.keys()].filter((k) => path29.posix.dirname(k) === (base || "/") && PYLOCK_NAMED2.test(path29.posix.basename(k))).sort();
      if (named.length) return named[0];
    } else if (texts.has(`${base}/${file}`)) return `${base}/${file}`;
  }
  return void 0;
}
function declaredByLock(dirs, texts) {
  for (const dir of dirs) {
    const abs = firstIn(dir, texts);
    if (!abs) continue;
    if (path29.posix.basename(abs) === "requirements.txt") return void 0;
    const text = texts.get(abs).toString("utf8");
    try {
      const df = parseDependencyText(abs, text, (name) => texts.get(path29.posix.join(path29.posix.dirname(abs), name))?.toString("utf8"));
      const sel = df.select({ extras: [], groups: [] });
      if (df.locked) {
        const needle = (name) => df.kind === "Pipfile.lock" ? `        "${name}": {` : `name = "${name}"`;
        const requirements = sel.packages.map((p) => ({ name: p.name, written: p.name, line: lineOf(text, needle(p.name)), pinned: p.version || void 0, marker: p.marker }));
        return { abs: df.file, requirements };
      }
      const parsed = parseRequirements(sel.lines.join("\n")).requirements;
      return { abs: df.file, requirements: parsed.map((r) => ({ ...r, line: text.includes(`"${r.written}`) ? text.slice(0, text.indexOf(`"${r.written}`)).split("\n").length : 1 })) };
    } catch {
      return void 0;
    }
  }
  return void 0;
}

// src/doctor/checks/requirements.ts
function checkRequirements(ctx, texts, start) {
  const { view } = ctx;
  const dirs = [ctx.codeDir, CODE_DIR2, "/app"];
  const reqs = [];
  const declared = declaredByLock(dirs, texts);
  const reqAbs = declared?.abs ?? dirs.map((d) => `${d === "/" ? "" : d}/requirements.txt`).find((p) => texts.has(p));
  if (!reqAbs) return;
  const shown = view.show(reqAbs);
  if (declared) for (const r of declared.requirements) reqs.push({ ...r, file: shown });
  const seen = /* @__PURE__ */ new Set();
  const load = (abs, depth) => {
    if (seen.has(abs) || depth > 4) return;
    seen.add(abs);
    const text = texts.get(abs);
    if (!text) return;
    const parsed = parseRequirements(text.toString("utf8"));
    for (const r of parsed.requirements) reqs.push({ ...r, file: view.show(abs) });
    for (const inc of parsed.includes) load(resolvePath(path30.posix.dirname(abs), inc.file), depth + 1);
  };
  if (!declared) load(reqAbs, 0);
  if (!reqs.length) return;
  const env = fcMarkerEnvironment(ctx.target.pythonVersion);
  const needed = [];
  for (const req of reqs) {
    if (!req.marker) {
      needed.push({ req, sure: true });
      continue;
    }
    try {
      if (evaluateMarker(req.marker, env)) needed.push({ req, sure: true });
    } catch {
      needed.push({ req, sure: false });
    }
  }
  const layerDists = ctx.layerView ? collectDists(ctx.layerView, /* @__PURE__ */ new Map()) : /* @__PURE__ */ new Map();
  const haveDeps = ctx.dists.size > 0 || layerDists.size > 0;
  const pythonPath = start?.pythonPath ?? [];
  const external = externalRoots(ctx, pythonPath);
  if (!haveDeps && ctx.kind === "code") {
    const names2 = needed.map((n) => n.req.written);
    if (!names2.length) return;
    if (ctx.format === "folder" && !external.length) {
      ctx.depsNotBuilt = true;
      const folder = ctx.subject ?? ".";
      ctx.add(
        finding({ severity: "info", code: "deps-not-built", file: shown, message: `${shown} names ${names2.length} distribution${names2.length > 1 ? "s" : ""} (${names2.slice(0, 5).join(", ")}${names2.length > 5 ? ", ..." : ""}), not built yet: this is a source folder, so the modules they bring are not checked`, fcSymptom: "-", fix: `Build them for FC, then check what the build wrote: fc-python-pack build ${shellQuote(folder)} --target code --runtime ${ctx.opts.runtime} --python-version ${ctx.target.pythonVersion} (it runs the doctor on function.zip itself).` })
      );
      return;
    }
    if (external.length || !start) {
      ctx.add(
        finding(
          { severity: "info", code: "deps-external", file: shown, message: `${shown} names ${names2.length} distribution${names2.length > 1 ? "s" : ""} (${names2.slice(0, 5).join(", ")}${names2.length > 5 ? ", ..." : ""}), none of them in function.zip: ${external.length ? `they must come from a layer at ${external.join(" or ")}` : "they must come from a layer or the runtime"}`, fcSymptom: "No module named ... at start, if no layer brings them", fix: "Check the layer with fc-python-pack doctor layer.zip, or both together: fc-python-pack doctor function.zip --layer layer.zip." }
        )
      );
      return;
    }
    ctx.add(
      finding(
        { severity: "error", code: "deps-missing", file: shown, message: `${shown} names ${names2.length} distribution${names2.length > 1 ? "s" : ""} (${names2.slice(0, 5).join(", ")}${names2.length > 5 ? ", ..." : ""}), but function.zip has none installed (no python/ folder), and ${start.file} puts no layer folder on PYTHONPATH`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(needed[0].req.name)}`, fix: "Build the dependencies in (fc-python-pack build --target code, include-deps: true), or build a layer (target layer), attach it and export PYTHONPATH=/opt/python in bootstrap." }
      )
    );
    return;
  }
  const roots = [.../* @__PURE__ */ new Set([...ctx.depsRoots, ...ctx.defaultRoots, ctx.codeDir])];
  for (const { req, sure } of needed) {
    const dist = ctx.dists.get(req.name) ?? layerDists.get(req.name);
    if (dist) {
      if (req.pinned && dist.version && !sameVersion(req.pinned, dist.version)) {
        ctx.add(finding({ severity: "warning", code: "deps-version", file: req.file, message: `${req.file} pins ${req.written}==${req.pinned}, but ${dist.version} is installed (${ctx.view.show(dist.dir)})`, fcSymptom: "the function runs another version than the one tested", fix: "Rebuild the dependencies from requirements.txt (fc-python-pack build).", line: req.line }));
      }
      continue;
    }
    if (roots.some((r) => view.hasModule(r, importName(req.name)) || view.hasModule(r, req.name))) continue;
    ctx.add(
      finding(
        { severity: sure ? "error" : "warning", code: "deps-missing", file: req.file, message: `${req.file} asks for ${req.written}${req.marker ? ` (marker: ${req.marker})` : ""}, which is not installed in ${ctx.kind === "image" ? "the image" : ctx.depsRoots.length ? ctx.depsRoots.map((r) => `${view.show(r)}/`).join(", ") : "the package"}${ctx.layerView ? " nor the layers given" : ""} (no ${req.name.replace(/-/g, "_")}-*.dist-info)${sure ? "" : "; its marker could not be evaluated"}`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(req.name)}`, fix: ctx.kind === "image" ? "Install requirements.txt in the Dockerfile (pip install -r requirements.txt) and rebuild the image." : "Rebuild the dependencies for FC from requirements.txt: fc-python-pack build (target layer, or code with include-deps).", line: req.line }
      )
    );
  }
}

// src/doctor/checks/secrets.ts
import path31 from "node:path";

// src/formats/record.ts
function recordLinePath(line) {
  if (!line.trim()) return void 0;
  if (line.startsWith('"')) {
    const end = line.indexOf('",');
    if (end < 0) return void 0;
    return line.slice(1, end).replace(/""/g, '"') || void 0;
  }
  return line.split(",")[0] || void 0;
}
function recordPaths(text) {
  return text.split(/\r?\n/).map(recordLinePath).filter((p) => p !== void 0);
}
function recordRootPath(p) {
  const parts = [];
  for (const s of p.split("/")) {
    if (!s || s === ".") continue;
    if (s === "..") parts.pop();
    else parts.push(s);
  }
  return parts.length ? parts.join("/") : void 0;
}
function recordRows(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    const p = recordLinePath(line);
    if (p === void 0) continue;
    const rest = line.startsWith('"') ? line.slice(line.indexOf('",') + 2) : line.slice(line.indexOf(",") + 1);
    const [hash = "", size = ""] = line.includes(",") ? rest.split(",") : [];
    const eq2 = hash.indexOf("=");
    rows.push({ path: p, ...eq2 > 0 ? { hash: [hash.slice(0, eq2), hash.slice(eq2 + 1)] } : {}, .../^\d+$/.test(size) ? { size: Number(size) } : {} });
  }
  return rows;
}

// src/doctor/checks/secrets.ts
var SECRET_NAME = /^(\.env(\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+)?|id_(rsa|dsa|ecdsa|ed25519)|\.netrc|\.pypirc|.+\.(p12|pfx|jks|keystore))$/;
var PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/;
function inDeps(ctx, abs) {
  return [...ctx.depsRoots, ...ctx.defaultRoots].some((r) => r !== ctx.codeDir && isUnder(abs, r));
}
function isSecretCandidate(ctx, abs, size) {
  if (size > SECRET_SCAN_MAX || abs.includes("/__pycache__/")) return false;
  if (inDeps(ctx, abs)) return false;
  if (ctx.kind === "image") return secretScopes(ctx).some((d) => isUnder(abs, d));
  return true;
}
function secretScopes(ctx) {
  return [.../* @__PURE__ */ new Set([...ctx.codeDir !== "/" ? [ctx.codeDir] : [], CODE_DIR2, "/app", "/srv", "/root"])];
}
function checkSecrets(ctx, texts) {
  const { view } = ctx;
  const owned = /* @__PURE__ */ new Set();
  for (const [abs, data] of texts) {
    if (!abs.endsWith(".dist-info/RECORD")) continue;
    const root = path31.posix.dirname(path31.posix.dirname(abs));
    for (const rel of recordPaths(data.toString("utf8"))) owned.add(resolvePath(root, rel));
  }
  const gitDirs = /* @__PURE__ */ new Set();
  for (const d of view.dirs) {
    if (path31.posix.basename(d) === ".git" && !inDeps(ctx, d) && (ctx.kind !== "image" || secretScopes(ctx).some((s) => isUnder(d, s)))) gitDirs.add(d);
  }
  for (const d of gitDirs) {
    ctx.add(finding({ severity: "warning", code: "secret-git", file: `${view.show(d)}/`, message: `the ${ctx.kind === "image" ? "image" : "package"} carries ${view.show(d)}/ (the history, remotes, maybe credentials)`, fcSymptom: "nothing fails, but anyone who can read the code can read the history", fix: ctx.kind === "image" ? "Add .git to .dockerignore." : "Leave .git out (fc-python-pack build does by default; or add it to .fcignore)." }));
  }
  for (const abs of view.files.keys()) {
    if (gitDirs.size && [...gitDirs].some((g) => isUnder(abs, g))) continue;
    if (owned.has(abs) || inDeps(ctx, abs) || ctx.kind === "image" && !secretScopes(ctx).some((d) => isUnder(abs, d))) continue;
    const base = path31.posix.basename(abs);
    const body = texts.get(abs);
    const text = body?.toString("latin1");
    let why;
    let line;
    if (SECRET_NAME.test(base)) why = base.startsWith(".env") ? "an environment file (usually secrets)" : base.startsWith("id_") ? "an SSH private key" : /\.(netrc|pypirc)$/.test(base) ? "a credentials file" : "a key store";
    else if (text && PRIVATE_KEY.test(text)) {
      why = "a private key";
      line = text.slice(0, PRIVATE_KEY.exec(text).index).split("\n").length;
    } else if (text && /"private_key"\s*:\s*"-----BEGIN/.test(text)) why = "a service-account key with a private key";
    else if (abs.endsWith("/.aws/credentials") || abs.endsWith("/.docker/config.json")) why = "a credentials file";
    if (!why) continue;
    ctx.add(
      finding(
        { severity: "warning", code: "secret-shipped", file: view.show(abs), message: `${view.show(abs)} looks like ${why}, and it ships with the ${ctx.kind === "image" ? "image" : "function"}`, fcSymptom: "nothing fails, but anyone who can read the code package (or pull the image) can read it", fix: ctx.kind === "image" ? "Keep it out of the build context (.dockerignore); give the function its secrets as environment variables or through KMS." : "Leave it out (.fcignore, or the exclude input) and set the values as the function's environment variables (or use KMS).", line }
      )
    );
  }
}

// src/doctor/checks/start.ts
import path32 from "node:path";

// src/doctor/checks/bootstrap.ts
var KNOWN_VARS = { FC_FUNC_CODE_PATH: CODE_DIR2, PWD: CODE_DIR2 };
function unquote(v) {
  if (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1);
  return v;
}
var PYTHONPATH_ASSIGN = /(?:^|[\s;&|(])(?:export\s+)?PYTHONPATH=("[^"]*"|'[^']*'|(?:\$\([^)]*\)|\$\{[^}]*\}|[^\s;&|()])*)/g;
var LOOPBACK_BIND = /(?:--host[=\s]+|--bind[=\s]+|-b\s+|host\s*=\s*)["']?(127\.0\.0\.1|localhost)\b/i;
var PIP_INSTALL = /\bpip3?(?:\.\d+)?\s+install\b|-m\s+pip\s+install\b/;
var PORT_FLAG = /(?:--port[=\s]+|--bind[=\s]+\S*:|-b\s+\S*:)["']?(\d{2,5})\b/;
function analyzeBootstrap(content, ctx) {
  const raw = typeof content === "string" ? content : content.toString("utf8");
  const findings = [];
  const add = (f) => findings.push({ file: ctx.file, ...f });
  const text = withoutBom(raw);
  const lines = text.split("\n");
  if (raw !== text) {
    add(
      ctx.runByShell ? {
        severity: "warning",
        code: "bootstrap-bom",
        line: 1,
        message: `${ctx.file} starts with a UTF-8 byte-order mark (EF BB BF) before #!: the shell runs its first line as a command named "\uFEFF#!..." and goes on`,
        fcSymptom: `${ctx.file}: line 1: #!...: command not found (printed at every start; the rest runs)`,
        fix: `Save the file as UTF-8 without BOM (in VS Code: "Save with Encoding", UTF-8), or: sed -i '1s/^\\xEF\\xBB\\xBF//' bootstrap.`
      } : {
        severity: "error",
        code: "bootstrap-bom",
        line: 1,
        message: `${ctx.file} starts with a UTF-8 byte-order mark (EF BB BF) before #!: the kernel needs #! as the first two bytes, so it cannot run the script`,
        fcSymptom: "Function instance exited unexpectedly(code 8, message:exec format error)",
        fix: `Save the file as UTF-8 without BOM (in VS Code: "Save with Encoding", UTF-8), or: sed -i '1s/^\\xEF\\xBB\\xBF//' bootstrap.`
      }
    );
  } else if (!text.startsWith("#!") && !ctx.runByShell) {
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
  lines.forEach((raw2, i) => {
    const line = raw2.replace(/\r$/, "");
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
        severity: "error",
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

// src/doctor/checks/start.ts
function planImageStart(view, image, codeDir, pathDirs) {
  const argv = [...image.entrypoint, ...image.cmd];
  if (!argv.length) return { argv, needsShebang: true };
  if (SHELLS.test(argv[0]) && argv[1] === "-c") return { argv, shellText: argv[2] ?? "", needsShebang: false };
  const viaShell = SHELLS.test(argv[0]) && !!argv[1] && !argv[1].startsWith("-");
  const scriptArg = viaShell ? argv[1] : argv[0];
  const candidates = scriptArg.includes("/") ? [resolvePath(codeDir, scriptArg)] : pathDirs.map((d) => `${d}/${scriptArg}`);
  const abs = candidates.map((c) => view.fileAt(c)).find(Boolean);
  return { argv, scriptArg, scriptAbs: abs, needsShebang: !viaShell };
}
function checkStart(ctx, texts, startAbs, imageStart, image, format) {
  const { view, opts } = ctx;
  const fnEnv = !image ? opts.environment : void 0;
  const env = image?.env ?? fnEnv ?? {};
  const envPythonPath = env.PYTHONPATH ? pythonPathDirs(env.PYTHONPATH) : [];
  const envPath = fnEnv?.PATH !== void 0 ? environmentPath(fnEnv) : void 0;
  const basePath = image ? env.PATH ? env.PATH.split(":").filter(Boolean) : DEFAULT_IMAGE_PATH : envPath ?? FC_CODE_PATH;
  const fnFrom = opts.functionFrom ?? "the function's configuration";
  const vars = { FC_FUNC_CODE_PATH: CODE_DIR2, ...env, FC_SERVER_PORT: String(opts.port) };
  delete vars.PYTHONPATH;
  delete vars.PATH;
  const mustBeOnPath = ctx.depsRoots.filter(
    (r) => r !== ctx.codeDir && !ctx.defaultRoots.includes(r) && view.inside(r) && !(ctx.kind === "image" && /\/lib\/python3[^/]*\/(site|dist)-packages$/.test(r))
  );
  let text;
  let file = "CMD";
  let scriptDir = ctx.codeDir;
  let commandLine;
  let needsShebang = true;
  if (ctx.kind === "image") {
    const is = imageStart;
    if (!is.argv.length) {
      ctx.add(finding({ severity: "warning", code: "bootstrap-missing", file: "image config", message: "the image has no ENTRYPOINT or CMD", fcSymptom: "FC cannot start the container unless the function sets a start command", fix: `Add CMD ["./bootstrap"] (or your server command) to the Dockerfile, or set the function's command.` }));
      return void 0;
    }
    needsShebang = is.needsShebang;
    if (is.shellText !== void 0) {
      commandLine = is.shellText;
    } else if (!is.scriptAbs) {
      const arg = is.scriptArg;
      ctx.add(
        finding({ severity: "error", code: "bootstrap-command", file: "CMD", message: `the image starts ${arg}, which is not in the image${arg.includes("/") ? ` (WORKDIR ${ctx.codeDir})` : ` (PATH: ${basePath.join(":")})`}`, fcSymptom: `exec: "${arg}": executable file not found in $PATH (the container exits at once, code 127)`, fix: "Copy the start script into the image (COPY bootstrap /code/), or fix ENTRYPOINT/CMD and WORKDIR." })
      );
      return void 0;
    } else {
      const base = path32.posix.basename(is.scriptArg);
      const body = texts.get(is.scriptAbs);
      if (/^python(\d+(\.\d+)?)?$/.test(base) || SERVERS.has(base) || !body || isElf(body)) {
        commandLine = shellJoin(is.argv);
      } else {
        startAbs = is.scriptAbs;
        const interp = /^#!\s*(\S+)/.exec(body.toString("latin1"))?.[1];
        if (needsShebang && interp && !view.fileAt(interp)) {
          ctx.add(finding({ severity: "error", code: "bootstrap-shebang", file: view.show(startAbs), message: `${view.show(startAbs)} starts with #!${interp}, which the image does not have`, fcSymptom: `exec ${view.show(startAbs)}: no such file or directory (the container exits at once)`, fix: `Use an interpreter the image has (#!/bin/sh), or install it in the Dockerfile.`, line: 1 }));
        }
        const entry2 = view.files.get(startAbs);
        if (needsShebang && (entry2.mode & 73) === 0) {
          ctx.add(finding({ severity: "error", code: "bootstrap-mode", file: view.show(startAbs), message: `${view.show(startAbs)} is not executable in the image (mode ${(entry2.mode & 511).toString(8).padStart(3, "0")})`, fcSymptom: "exec: permission denied (Function instance exited unexpectedly(code 13, message:permission denied))", fix: "RUN chmod 755 on it in the Dockerfile (or COPY --chmod=755)." }));
        }
      }
    }
  } else if (!startAbs && opts.startCommand?.length) {
    commandLine = shellJoin(opts.startCommand);
    needsShebang = false;
  } else {
    if (!startAbs) return void 0;
    const shown = view.show(startAbs);
    const entry2 = view.files.get(startAbs);
    if (!entry2) {
      const nested = [...view.files.keys()].find((f) => path32.posix.basename(f) === path32.posix.basename(startAbs) && f !== startAbs);
      ctx.add(
        finding(
          { severity: "error", code: "bootstrap-missing", file: shown, message: `there is no ${shown} at the top of the package${nested ? ` (there is ${view.show(nested)}: the zip holds the folder, not its contents)` : ""}`, fcSymptom: "Failed to start function instance. Error: the file /code/bootstrap is not exist", fix: nested ? "Zip the folder's contents, not the folder (cd into it, then zip -r ../function.zip .), or let fc-python-pack build it." : "Add a bootstrap script (#!/bin/bash, then exec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000), or set the function's start command (--bootstrap none)." }
        )
      );
      return void 0;
    }
    if ((entry2.mode & 73) === 0) {
      const noUnixModes = format === "zip" && entry2.mode === 0;
      ctx.add(
        finding(
          { severity: format === "folder" ? "info" : "error", code: "bootstrap-mode", file: shown, message: noUnixModes ? `${shown} is stored without Unix permissions (the zip was made on Windows), so FC unpacks it without its executable bit` : format === "folder" ? `${shown} is not executable here (mode ${(entry2.mode & 511).toString(8).padStart(3, "0")}); fc-python-pack build stores it 0755, but a zip made by hand would keep the missing bit` : `${shown} is stored without its executable bit (mode ${(entry2.mode & 511).toString(8).padStart(3, "0")})`, fcSymptom: "Function instance exited unexpectedly(code 13, message:permission denied)", fix: "Store it 0755: fc-python-pack build --target code always does; or chmod 755 bootstrap and zip on Linux/macOS (git update-index --chmod=+x bootstrap for the repository)." }
        )
      );
    }
    file = shown;
  }
  if (startAbs) {
    file = view.show(startAbs);
    scriptDir = path32.posix.dirname(startAbs);
    text = texts.get(startAbs) ?? Buffer.alloc(0);
  }
  if (!text && ctx.kind === "code") file = "start command";
  const content = text ?? Buffer.from(`#!/bin/sh
${commandLine ?? ""}
`);
  const analysis = analyzeBootstrap(content, { file, depsDirs: ctx.kind === "code" && text ? mustBeOnPath : [], port: opts.port, runByShell: !needsShebang });
  for (const f of analysis.findings) {
    if (f.code === "bootstrap-shebang" && (!text || !needsShebang)) continue;
    ctx.add(text ? f : { ...f, line: void 0, file: ctx.kind === "code" ? fnFrom : "CMD" });
  }
  const pythonPath = [.../* @__PURE__ */ new Set([...analysis.pythonPath !== void 0 ? pythonPathDirs(analysis.pythonPath) : [], ...envPythonPath])];
  const sctx = { cwd: ctx.codeDir, scriptDir, vars, path: basePath };
  const script = text ? parseStartScript(content.toString("utf8"), sctx) : parseCommandLine(commandLine ?? "", sctx);
  const noPythonPathReported = text ? analysis.findings.some((f) => f.code === "bootstrap-no-pythonpath") : false;
  if (!noPythonPathReported) {
    for (const r of mustBeOnPath) {
      if (pythonPath.includes(r)) continue;
      const pkgs = [...ctx.dists.values()].filter((d) => d.root === r).map((d) => d.name);
      ctx.add(
        finding(
          { severity: "error", code: "bootstrap-no-pythonpath", file: text ? file : ctx.kind === "code" ? fnFrom : "CMD", message: `${view.show(r)}/ holds installed packages (${pkgs.slice(0, 4).join(", ")}${pkgs.length > 4 ? ", ..." : ""}), but ${ctx.kind === "image" ? "neither ENV PYTHONPATH nor the start command puts" : text ? `${file} never puts` : `neither the function's environment variables (${fnFrom}: ${envPythonPath.length ? `PYTHONPATH=${envPythonPath.join(":")}` : "no PYTHONPATH"}) nor its start command put`} it on PYTHONPATH, and FC sets none for custom runtimes`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(pkgs[0] ?? "uvicorn")}`, fix: ctx.kind === "image" ? `ENV PYTHONPATH=${r} in the Dockerfile.` : text ? `Add export PYTHONPATH=${r}:$PYTHONPATH to ${file} before the server starts.` : `Add PYTHONPATH=${r} to the function's environment variables (s.yaml's environmentVariables), or rebuild with the dependencies at the top of the package (fc-python-pack build puts them there when nothing sets PYTHONPATH).`, line: text ? 1 : void 0 }
        )
      );
    }
  }
  return { file: text ? file : ctx.kind === "code" ? "start command" : "CMD", script, pythonPath, pathDirs: script.path ?? basePath, noPythonPathReported, envPath };
}

// src/doctor/checks/pyserver.ts
import path33 from "node:path";
function pythonScript(argv) {
  if (!/^python(\d+(\.\d+)?)?$/.test(path33.posix.basename(argv[0] ?? ""))) return void 0;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-m" || a === "-c" || a === "-") return void 0;
    if (a === "-W" || a === "-X" || a === "-Q") {
      i++;
      continue;
    }
    if (a.startsWith("-")) continue;
    return a.includes("$") ? void 0 : a;
  }
  return void 0;
}
var LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/i;
function startedScripts(ctx, commands) {
  const out = /* @__PURE__ */ new Map();
  for (const cmd of commands) {
    const arg = pythonScript(cmd.argv);
    if (!arg) continue;
    const abs = ctx.kind === "image" ? ctx.view.fileAt(resolvePath(cmd.cwd, arg)) : resolvePath(cmd.cwd, arg);
    if (abs && ctx.view.files.has(abs) && !out.has(abs)) out.set(abs, cmd);
  }
  return out;
}
function checkScriptServers(ctx, scripts, texts, startFile) {
  const fcPort = ctx.opts.port;
  for (const [abs, cmd] of scripts) {
    const text = texts.get(abs);
    if (!text) continue;
    const shown = ctx.view.show(abs);
    const runs = `${startFile}${cmd.line ? `:${cmd.line}` : ""} runs ${cmd.argv.join(" ")}`;
    const fix = `Listen where FC calls: ${"`"}host="0.0.0.0", port=int(os.environ.get("FC_SERVER_PORT", "${fcPort}"))${"`"} (or start the server from ${startFile}: python3 -m uvicorn main:app --host 0.0.0.0 --port ${fcPort}). If the function's port is not ${fcPort}, say which: --port (the port input).`;
    for (const s of readPySource(text.toString("utf8")).servers) {
      const fcSymptom = `Function instance health check failed on port ${fcPort} in 120 seconds (FunctionNotStarted)`;
      if (s.host !== null && LOOPBACK.test(s.host)) {
        ctx.add(
          finding({ severity: "error", code: "app-listen", file: shown, line: s.line, message: `${runs}, and this line starts ${s.call}() on ${s.host}${s.defaulted.includes("host") ? ` (its default: no host= given)` : ""}, which FC cannot reach: FC calls port ${fcPort} from outside the instance`, fcSymptom, fix })
        );
      }
      if (s.port !== null && s.port !== fcPort) {
        ctx.add(
          finding({ severity: "error", code: "app-port", file: shown, line: s.line, message: `${runs}, and this line starts ${s.call}() on port ${s.port}${s.defaulted.includes("port") ? ` (its default: no port= given)` : ""}, but FC calls port ${fcPort}`, fcSymptom, fix })
        );
      }
    }
  }
}

// src/doctor/checks/record.ts
import { createHash as createHash5 } from "node:crypto";
import path34 from "node:path";
var HASHES = /* @__PURE__ */ new Set(["sha256", "sha384", "sha512"]);
var SPARE = /^[^/]+\/(.+\/)?tests?\/|\.(pyi|md|rst)$|(^|\/)py\.typed$|\.dist-info\/(licen[cs]es?\/|LICEN[CS]E|AUTHORS|NOTICE|INSTALLER$|REQUESTED$|direct_url\.json$|zip-safe$)/;
function installedAsIs(rel) {
  if (rel.split("/").some((p) => p === "..")) return false;
  const first = rel.split("/", 1)[0];
  if (first.endsWith(".data")) return false;
  if (rel.endsWith(".pyc") || rel.includes("__pycache__/")) return false;
  return !/\.dist-info\/RECORD(\.jws|\.p7s)?$/.test(rel);
}
var RecordCheck = class {
  /**
   * `records`: each .dist-info/RECORD read, by absolute path. `hashes`: false checks presence and
   * sizes only, from the listing (the build's own artifact, written from the wheels' bytes: hashing
   * it again added about 1 s (0.3-1.7 s over ten runs) to a ~2 s doctor run on a 122 MB numpy + pandas layer).
   */
  constructor(records, hashes = true) {
    this.hashes = hashes;
    for (const [abs, data] of records) {
      const distDir = path34.posix.dirname(abs);
      const root = path34.posix.dirname(distDir);
      const info = distInfoName(path34.posix.basename(distDir));
      const dist = info ? `${info.name}${info.version ? ` ${info.version}` : ""}` : path34.posix.basename(distDir);
      for (const row of recordRows(data.toString("utf8"))) {
        if (!row.hash && row.size === void 0) continue;
        if (!installedAsIs(row.path)) continue;
        const rel = recordRootPath(row.path);
        if (!rel) continue;
        const at = path34.posix.join(root, rel);
        const before = this.expected.get(at);
        if (before) {
          before.claims++;
          continue;
        }
        const [algo, digest] = row.hash && HASHES.has(row.hash[0]) ? row.hash : [];
        this.expected.set(at, { dist, algo, digest, size: row.size, claims: 1, rel });
      }
    }
  }
  hashes;
  expected = /* @__PURE__ */ new Map();
  altered = /* @__PURE__ */ new Map();
  /** Whether the check needs this file's bytes (RECORD gives its digest, and one distribution owns it). */
  wantsBytes(abs) {
    const e = this.expected.get(abs);
    return this.hashes && !!e?.digest && e.claims === 1;
  }
  /** The file's bytes, for the files wantsBytes asked for. */
  feed(abs, data) {
    const e = this.expected.get(abs);
    if (!e?.digest || !e.algo) return;
    if (e.size !== void 0 && data.length !== e.size) this.altered.set(abs, `${data.length} bytes, RECORD says ${e.size}`);
    else if (createHash5(e.algo).update(data).digest("base64url") !== e.digest) this.altered.set(abs, `its ${e.algo} is not the one RECORD gives`);
  }
  /** One error per distribution with files missing, one per distribution with files altered. */
  findings(view, where) {
    const missing = /* @__PURE__ */ new Map();
    const altered = /* @__PURE__ */ new Map();
    for (const [abs, e] of this.expected) {
      const f = view.files.get(abs);
      if (!f) {
        missing.set(e.dist, [...missing.get(e.dist) ?? [], abs]);
        continue;
      }
      if (f.isSymlink || e.claims > 1) continue;
      const why = this.altered.get(abs) ?? (e.size !== void 0 && f.size !== e.size ? `${f.size} bytes, RECORD says ${e.size}` : void 0);
      if (why) altered.set(e.dist, [...altered.get(e.dist) ?? [], `${view.show(abs)} (${why})`]);
    }
    const list = (xs) => `${xs.slice(0, 3).join(", ")}${xs.length > 3 ? ` and ${xs.length - 3} more` : ""}`;
    const out = [];
    for (const [dist, all] of missing) {
      const needed = all.filter((a) => !SPARE.test(this.expected.get(a).rel));
      const files = needed.length ? needed : all;
      const first = view.show(files[0]);
      const mod = /\.(py|so|pyd)$/.test(first);
      const message = `${dist}'s RECORD lists ${files.length} file${files.length > 1 ? "s" : ""} that ${where} lacks: ${list(files.map((a) => view.show(a)))}`;
      if (!needed.length) {
        out.push(finding({ severity: "info", code: "record-missing", file: first, message: `${message} (tests, stubs or docs only: nothing imports them at start)`, fcSymptom: "-", fix: "-" }));
        continue;
      }
      out.push(
        finding({ severity: "error", code: "record-missing", file: first, message, fcSymptom: mod ? `ImportError / ModuleNotFoundError at the first import that needs ${path34.posix.basename(first)} (Function instance exited unexpectedly(code 1, ...))` : `the package fails where it uses ${path34.posix.basename(first)}`, fix: `Ship the package whole: rebuild the dependencies (fc-python-pack build), and leave out whole packages rather than files of them (a step that deletes files from python/ after pip runs breaks them).` })
      );
    }
    for (const [dist, files] of altered) {
      out.push(
        finding({ severity: "error", code: "record-mismatch", file: files[0].replace(/ \(.*$/, ""), message: `${dist}'s files differ from what its RECORD says: ${list(files)}`, fcSymptom: "the function runs other bytes than the ones the package installed (truncated or patched files: ImportError, invalid ELF header, or wrong behaviour)", fix: "Rebuild the dependencies from the wheels (fc-python-pack build); patch a package by building your own wheel of it, not by editing the installed files." })
      );
    }
    return out;
  }
};

// src/doctor/image.ts
import { stat as stat3 } from "node:fs/promises";

// src/formats/tar.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
import { createHash as createHash6 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { Readable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
import zlib5 from "node:zlib";
async function eachTarEntry(source, fn) {
  const src = await decompressed(source);
  if (src.kind === "zstd") throw new Error(`zstd-compressed layer, which Node ${process.versions.node} cannot decompress (Node 22.15 or later can)`);
  const extract = import_tar_stream.default.extract();
  const piping = pipeline2(src.stream, extract);
  let failed;
  piping.catch((e) => failed = e);
  for await (const entry2 of extract) {
    const h = entry2.header;
    await fn({ name: h.name, size: h.size ?? 0, type: h.type ?? "file", mode: h.mode ?? 0, linkname: h.linkname ?? "" }, entry2);
    for await (const _ of entry2) void _;
  }
  await piping.catch(() => void 0);
  if (failed) throw failed;
}
async function decompressed(source) {
  const it = source[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  async function* all() {
    if (head.length) yield head;
    for (; ; ) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  if (head[0] === 31 && head[1] === 139) {
    const gunzip = zlib5.createGunzip();
    pipeline2(Readable.from(all()), gunzip).catch((e) => gunzip.destroy(e));
    return { kind: "gzip", stream: gunzip };
  }
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) {
    const z = zlib5;
    if (!z.createZstdDecompress) return { kind: "zstd", stream: Readable.from([]) };
    const unz = z.createZstdDecompress();
    pipeline2(Readable.from(all()), unz).catch((e) => unz.destroy(e));
    return { kind: "plain", stream: unz };
  }
  return { kind: "plain", stream: Readable.from(all()) };
}
async function readAll(body) {
  const chunks = [];
  for await (const c of body) chunks.push(c);
  return Buffer.concat(chunks);
}
function fileChunks(file) {
  return createReadStream2(file, { highWaterMark: 1 << 20 });
}
async function readTar(file, keep, opts = {}) {
  const entries = [];
  const files = /* @__PURE__ */ new Map();
  await eachTarEntry(fileChunks(file), async (h, body) => {
    const entry2 = { name: h.name, size: h.size, type: h.type };
    const hash = opts.hash && entry2.type === "file" ? createHash6("sha256") : void 0;
    const chunks = keep(entry2.name) ? [] : void 0;
    for await (const c of body) {
      hash?.update(c);
      chunks?.push(c);
    }
    if (hash) entry2.sha256 = hash.digest("hex");
    if (chunks) files.set(entry2.name, Buffer.concat(chunks));
    entries.push(entry2);
  }).catch((e) => {
    throw isUserError(e) ? e : new UserError(`${file} is not a readable tar archive: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}.`);
  });
  return { entries, files };
}

// src/doctor/image.ts
var KEEP_SMALL = 1024 * 1024;
function absName(name) {
  const parts = name.split("/").filter((p) => p && p !== ".");
  if (parts.includes("..")) return void 0;
  return `/${parts.join("/")}`;
}
function parseJson(buf, what) {
  if (!buf) throw new UserError(`${what} is missing from the image archive.`);
  try {
    return JSON.parse(buf.toString("utf8"));
  } catch {
    throw new UserError(`${what} in the image archive is not valid JSON.`);
  }
}
var blobPath = (digest) => `blobs/${digest.replace(":", "/")}`;
async function readLayout(file) {
  const small = /* @__PURE__ */ new Map();
  await eachTarEntry(fileChunks(file), async (h, body) => {
    const name = h.name.replace(/^\.\//, "");
    if (h.type === "file" && (h.size <= KEEP_SMALL || name === "manifest.json" || name === "index.json")) small.set(name, await readAll(body));
  });
  if (small.has("manifest.json")) {
    const manifest = parseJson(small.get("manifest.json"), "manifest.json");
    const m = Array.isArray(manifest) ? manifest[0] : void 0;
    if (!m?.Config || !Array.isArray(m.Layers)) throw new UserError("manifest.json in the image archive names no Config and Layers: is this a docker save archive?");
    return { config: parseJson(small.get(m.Config), m.Config), layers: m.Layers, tags: m.RepoTags ?? [] };
  }
  if (small.has("index.json")) {
    let doc = parseJson(small.get("index.json"), "index.json");
    for (let depth = 0; depth < 3 && doc.manifests?.length; depth++) {
      const d = doc.manifests[0].digest;
      doc = parseJson(small.get(blobPath(d)), `the manifest ${d}`);
    }
    if (!doc.config || !Array.isArray(doc.layers)) throw new UserError("index.json in the image archive leads to no image manifest.");
    return { config: parseJson(small.get(blobPath(doc.config.digest)), `the config ${doc.config.digest}`), layers: doc.layers.map((l) => blobPath(l.digest)), tags: [] };
  }
  throw new UserError(`${file} is a tar without manifest.json or index.json: not a docker save / OCI image archive. Give the doctor an image saved with docker save.`);
}
var DPKG = /^\/var\/lib\/dpkg\/(status|status\.d\/[^/]+)$/;
var LIBC = /^(\/usr)?\/lib(64)?(\/x86_64-linux-gnu)?\/libc\.so\.6$/;
async function listLayer(body) {
  const out = { files: /* @__PURE__ */ new Map(), whiteouts: [], opaques: [], bytes: 0, dpkg: [], unsafe: [] };
  try {
    await eachTarEntry(body, async (h, data) => {
      const abs = absName(h.name);
      if (!abs) {
        out.unsafe.push({ name: h.name, reason: "climbs out with .." });
        return;
      }
      const base = abs.slice(abs.lastIndexOf("/") + 1);
      const dir = abs.slice(0, abs.lastIndexOf("/")) || "/";
      if (base === ".wh..wh..opq") {
        out.opaques.push(dir);
        return;
      }
      if (base.startsWith(".wh.")) {
        out.whiteouts.push(`${dir === "/" ? "" : dir}/${base.slice(4)}`);
        return;
      }
      if (abs === "/") return;
      const isDir = h.type === "directory";
      const isFile3 = h.type === "file" || h.type === "contiguous-file";
      out.bytes += isFile3 ? h.size : 0;
      out.files.set(abs, {
        name: isDir ? `${abs}/` : abs,
        mode: h.mode | (isDir ? 16384 : h.type === "symlink" ? 40960 : 32768),
        size: isFile3 ? h.size : 0,
        isDir,
        isSymlink: h.type === "symlink",
        linkTarget: h.type === "symlink" || h.type === "link" ? h.type === "link" ? absName(h.linkname) : h.linkname : void 0
      });
      if (isFile3 && DPKG.test(abs) && h.size <= 16 * 1024 * 1024) out.dpkg.push(await readAll(data));
      if (isFile3 && LIBC.test(abs) && h.size <= 32 * 1024 * 1024) {
        const v = /GNU C Library[^\n]*?release version (\d+\.\d+)/.exec((await readAll(data)).toString("latin1"));
        if (v) out.libc = v[1];
      }
    });
  } catch (e) {
    out.unreadable = e.message;
  }
  return out;
}
function detectLibc(dpkg, libc, names2) {
  for (const b of dpkg) {
    for (const block of b.toString("utf8").split(/\n\s*\n/)) {
      if (!/^Package:\s*libc6\s*$/m.test(block)) continue;
      const v = /^Version:\s*(?:\d+:)?(\d+\.\d+)/m.exec(block);
      if (v) return { glibc: v[1] };
    }
  }
  if (libc) return { glibc: libc };
  for (const n of names2) {
    const m = /\/libc-(\d+\.\d+)\.so$/.exec(n);
    if (m) return { glibc: m[1] };
    if (/^\/lib\/ld-musl-[^/]+\.so\.1$/.test(n)) return { musl: true };
  }
  return {};
}
function asStrings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
async function readable(file, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file} is not a readable image archive: ${e.message}`);
  }
}
async function openImageArtifact(file) {
  const layout2 = await readable(file, () => readLayout(file));
  const cfg = layout2.config.config ?? {};
  const env = {};
  for (const kv of asStrings(cfg.Env)) {
    const i = kv.indexOf("=");
    if (i > 0) env[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const indexOf = /* @__PURE__ */ new Map();
  layout2.layers.forEach((p, i) => indexOf.set(p, [...indexOf.get(p) ?? [], i]));
  const listings = /* @__PURE__ */ new Map();
  await readable(
    file,
    () => eachTarEntry(fileChunks(file), async (h, body) => {
      const idx = indexOf.get(h.name.replace(/^\.\//, ""));
      if (!idx) return;
      const l = await listLayer(body);
      for (const i of idx) listings.set(i, l);
    })
  );
  const notes = [];
  const unsafe = [];
  const merged = /* @__PURE__ */ new Map();
  let unpacked = 0;
  const dpkg = [];
  let libcVersion;
  const removeUnder = (p, self) => {
    for (const k of merged.keys()) if (self && k === p || k.startsWith(p === "/" ? "/" : `${p}/`)) merged.delete(k);
  };
  layout2.layers.forEach((p, i) => {
    const l = listings.get(i);
    if (!l || l.unreadable) {
      notes.push({
        severity: "warning",
        code: "image-layer-unreadable",
        file: p,
        message: l ? `layer ${i + 1} could not be read (${l.unreadable}); its files are not checked` : `layer ${i + 1} (${p}) is not in the archive`,
        fcSymptom: "none known; the doctor just cannot see this layer",
        fix: "Save the image again with docker save (uncompressed or gzip layers)."
      });
      if (!l) return;
    }
    for (const o of l.opaques) removeUnder(o, false);
    for (const w of l.whiteouts) removeUnder(w, true);
    for (const [abs, entry2] of l.files) merged.set(abs, { entry: entry2, layer: i });
    for (const u of l.unsafe) unsafe.push({ name: `${p}:${u.name}`, reason: u.reason });
    unpacked += l.bytes;
    if (l.dpkg.length) dpkg.splice(0, dpkg.length, ...l.dpkg);
    if (l.libc) libcVersion = l.libc;
  });
  const libc = detectLibc(dpkg, libcVersion, merged.keys());
  const image = {
    architecture: typeof layout2.config.architecture === "string" ? layout2.config.architecture : void 0,
    os: typeof layout2.config.os === "string" ? layout2.config.os : void 0,
    env,
    entrypoint: asStrings(cfg.Entrypoint),
    cmd: asStrings(cfg.Cmd),
    workingDir: typeof cfg.WorkingDir === "string" && cfg.WorkingDir ? cfg.WorkingDir : "/",
    ...libc
  };
  return {
    format: "image",
    entries: [...merged.values()].map((m) => m.entry),
    unsafe,
    duplicates: [],
    zippedSize: (await stat3(file)).size,
    unpackedSize: unpacked,
    image,
    notes,
    // Pass 3: the wanted files, each from the layer that provides it (hard links through their target).
    read: async (want, fn) => {
      const byLayer = /* @__PURE__ */ new Map();
      for (const [abs, m] of merged) {
        if (m.entry.isDir || m.entry.isSymlink || !want(abs)) continue;
        const source = m.entry.linkTarget ?? abs;
        const names2 = byLayer.get(m.layer) ?? /* @__PURE__ */ new Map();
        names2.set(source, [...names2.get(source) ?? [], abs]);
        byLayer.set(m.layer, names2);
      }
      if (!byLayer.size) return;
      await readable(file, () => eachTarEntry(fileChunks(file), async (h, body) => {
        const idx = indexOf.get(h.name.replace(/^\.\//, "")) ?? [];
        const wanted = /* @__PURE__ */ new Map();
        for (const i of idx) for (const [k, v] of byLayer.get(i) ?? []) wanted.set(k, [...wanted.get(k) ?? [], ...v]);
        if (!wanted.size) return;
        try {
          await eachTarEntry(body, async (ih, data) => {
            const abs = absName(ih.name);
            const targets = abs ? wanted.get(abs) : void 0;
            if (!targets || ih.type !== "file" && ih.type !== "contiguous-file") return;
            const buf = await readAll(data);
            for (const t of targets) await fn(t, buf);
          });
        } catch {
        }
      }));
    }
  };
}

// src/doctor/diagnose.ts
function bootstrapName(b) {
  if (b === null || b === "none" || b === "") return null;
  return (b ?? "bootstrap").replace(/^\.\//, "");
}
async function diagnose(artifact, subject, opts) {
  const findings = [];
  const add = (f) => findings.push(f);
  const bootstrap = bootstrapName(opts.bootstrap);
  for (const u of artifact.unsafe) {
    add(finding({ severity: "error", code: artifact.format === "image" ? "image-unsafe-entry" : "zip-unsafe-entry", file: u.name, message: `entry "${u.name}" ${u.reason}: it would land outside ${artifact.format === "image" ? "the image's root" : "the function's folder"}, so the doctor refuses to read it`, fcSymptom: "FC refuses or mis-unpacks the package (InvalidArgument, or files where the code does not expect them)", fix: "Rebuild the archive from the folder with relative paths only (fc-python-pack build does)." }));
  }
  for (const d of [...new Set(artifact.duplicates)]) {
    add(finding({ severity: "warning", code: "zip-duplicate-entry", file: d, message: `"${d}" is stored more than once; which copy FC unpacks is up to its unzip`, fcSymptom: "the function may run a different file than the one you tested", fix: "Rebuild the zip from a clean folder (fc-python-pack build)." }));
  }
  for (const n of artifact.notes) add(n);
  let kind;
  let kindReason;
  if (artifact.format === "image") {
    kind = "image";
    kindReason = "a docker save archive";
  } else {
    const detected = detectKind(artifact.entries.map((e) => e.name), bootstrap);
    kind = opts.kind && opts.kind !== "auto" ? opts.kind : detected.kind;
    kindReason = opts.kind && opts.kind !== "auto" ? `as asked (--kind ${opts.kind})` : detected.reason;
    if (kind === "image") throw new UserError(`${subject} is not an image archive (docker save tar); it is a ${artifact.format}.`);
  }
  const view = new View(artifact.entries, kind === "code" ? "/code/" : kind === "layer" ? "/opt/" : "");
  const image = artifact.image;
  let pythonVersion = opts.pythonVersion;
  let glibc = RUNTIMES[opts.runtime].glibc;
  let musl;
  if (image) {
    const py = imagePython(view, image.env);
    if (py && py !== opts.pythonVersion) {
      add(finding({ severity: "info", code: "image-python", file: "image", message: `the image runs Python ${py}; extensions are checked against it (not --python-version ${opts.pythonVersion})`, fcSymptom: "-", fix: "-" }));
    }
    pythonVersion = py ?? pythonVersion;
    if (image.glibc) glibc = image.glibc;
    else if (!image.musl) {
      add(finding({ severity: "info", code: "image-glibc", file: "image", message: `could not tell the image's glibc (no dpkg record of libc6); native code is checked against ${glibc} (${opts.runtime})`, fcSymptom: "-", fix: "-" }));
    }
    musl = image.musl;
    if (image.architecture && image.architecture !== "amd64") {
      add(finding({ severity: "error", code: "elf-machine", file: "image config", message: `the image is built for ${image.architecture}; FC runs x86-64 (amd64)`, fcSymptom: "Function instance exited unexpectedly(code 8, message:exec format error)", fix: "Build for amd64: docker build --platform linux/amd64 (or docker buildx build --platform linux/amd64)." }));
    }
    if (image.os && image.os !== "linux") {
      add(finding({ severity: "error", code: "image-os", file: "image config", message: `the image is for ${image.os}; FC runs Linux containers`, fcSymptom: "the container cannot start", fix: "Build a Linux image (--platform linux/amd64)." }));
    }
  }
  const target = { pythonVersion, glibc, musl };
  const codeDir = kind === "code" ? CODE_DIR2 : kind === "layer" ? "/opt" : (image?.workingDir ?? "/").replace(/(.)\/+$/, "$1");
  const envPath = image ? image.env.PATH ? image.env.PATH.split(":") : DEFAULT_IMAGE_PATH : [];
  const depsRoots = depsRootsOf(view);
  if (kind === "code" && view.dirs.has("/code/python") && !depsRoots.includes("/code/python")) depsRoots.push("/code/python");
  const defaultRoots = image ? siteRoots(view, pythonVersion, envPath) : [];
  const ctx = { view, format: artifact.format, kind, opts, target, findings, add, codeDir, depsRoots, defaultRoots, dists: /* @__PURE__ */ new Map(), layerView: await layerView(opts.layers), subject };
  let startAbs;
  if (kind === "code" && bootstrap) startAbs = `/code/${bootstrap}`;
  const imageStart = image ? planImageStart(view, image, codeDir, envPath) : void 0;
  const scriptAbs = startAbs ?? imageStart?.scriptAbs;
  const binDirs = [...depsRoots.map((r) => `${r}/bin`), `${codeDir}/bin`, ...image ? envPath : []];
  const nativeScope = (abs) => kind !== "image" || [codeDir === "/" ? CODE_DIR2 : codeDir, CODE_DIR2, "/opt", "/app", ...depsRoots, ...defaultRoots].some((d) => isUnder(abs, d));
  const textWanted = (abs, f) => abs === scriptAbs || /(^|\/)(uv\.lock|poetry\.lock|Pipfile\.lock|pyproject\.toml|pylock(\.[^./]+)?\.toml)$/.test(abs) && f.size <= 8 * 1024 * 1024 && [codeDir, CODE_DIR2, "/app"].includes(path35.posix.dirname(abs)) || /\.(txt|in)$/.test(abs) && f.size <= 1024 * 1024 && [codeDir, CODE_DIR2, "/app"].some((d) => path35.posix.dirname(abs) === d || path35.posix.basename(path35.posix.dirname(abs)) === "requirements" && path35.posix.dirname(path35.posix.dirname(abs)) === d) || /\.(dist-info|egg-info)\/(WHEEL|METADATA|PKG-INFO)$/.test(abs) && f.size <= 4 * 1024 * 1024 && (kind !== "image" || nativeScope(abs)) || // Packages installed into the code folder itself (pip install -t .): their files are theirs, not the user's secrets.
  /\.dist-info\/RECORD$/.test(abs) && path35.posix.dirname(path35.posix.dirname(abs)) === codeDir && f.size <= 4 * 1024 * 1024 || binDirs.includes(path35.posix.dirname(abs)) && f.size <= SECRET_SCAN_MAX && !NATIVE.test(abs) || isSecretCandidate(ctx, abs, f.size) || isCodeSource(ctx, abs, f.size);
  const texts = /* @__PURE__ */ new Map();
  const elfs = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const e of artifact.entries) if (!e.isDir) byName.set(e.name, view.abs(e.name));
  const records = /* @__PURE__ */ new Map();
  if (kind !== "image") {
    const isRecord = (abs) => /\.dist-info\/RECORD$/.test(abs) && (view.files.get(abs)?.size ?? 0) <= 8 * 1024 * 1024;
    await artifact.read((name) => isRecord(byName.get(name) ?? ""), (name, data) => void records.set(byName.get(name), data));
  }
  const recordCheck = new RecordCheck(records, opts.recordHashes !== false);
  await artifact.read(
    (name) => {
      const abs = byName.get(name);
      if (!abs) return false;
      const f = view.files.get(abs);
      if (f.isSymlink) return false;
      return textWanted(abs, f) || NATIVE.test(abs) && nativeScope(abs) || recordCheck.wantsBytes(abs);
    },
    (name, data) => {
      const abs = byName.get(name);
      const f = view.files.get(abs);
      if (recordCheck.wantsBytes(abs)) recordCheck.feed(abs, data);
      if (textWanted(abs, f)) texts.set(abs, data);
      if (NATIVE.test(abs)) {
        const bin = classifyBinary(data);
        if (bin.kind === "elf") elfs.set(abs, bin.dynamic);
        for (const nf of checkNativeFile(view.show(abs), data, target)) {
          if (musl && (nf.code === "glibc-too-new" || nf.code === "musllinux" || nf.code === "ext-platform" && /musl/.test(nf.message))) continue;
          add(nf);
        }
      }
    },
    // Native files are read only where their ELF headers and dynamic sections lie, not inflated whole
    // (unless RECORD's hash of the file is checked: the build's own doctor checks sizes only).
    (name) => {
      const abs = byName.get(name);
      return abs && NATIVE.test(abs) && !textWanted(abs, view.files.get(abs)) && !recordCheck.wantsBytes(abs) ? elfRanges : void 0;
    }
  );
  ctx.dists = collectDists(view, texts);
  for (const [abs, data] of texts) {
    if (!abs.endsWith(".dist-info/WHEEL")) continue;
    const text = data.toString("utf8");
    if (musl) {
      const tags = parseWheelTags(text);
      if (tags.length && tags.every((t) => /^manylinux/.test(t.platform))) {
        add(finding({ severity: "error", code: "wheel-platform", file: view.show(abs), message: `a manylinux (glibc) wheel in a musl image: ${tags.map((t) => t.platform).join(", ")}`, fcSymptom: "ImportError: Error loading shared library ... (the loader looks for glibc)", fix: "Install musllinux wheels (pip on the image itself picks them), or use a Debian-based image." }));
      }
      continue;
    }
    for (const f of checkWheelTags(text, target, view.show(abs))) add(f);
  }
  if (kind === "layer") {
    checkLayerLayout(ctx);
    checkLayerPythonPath(ctx);
  }
  const start = kind === "layer" ? void 0 : checkStart(ctx, texts, startAbs, imageStart, image, artifact.format);
  checkRequirements(ctx, texts, start);
  if (start) checkCommands(ctx, start, texts);
  checkCodeImports(ctx, texts, start);
  const scripts = start?.script ? startedScripts(ctx, start.script.commands) : /* @__PURE__ */ new Map();
  if (scripts.size) {
    const wanted = new Set([...scripts.keys()].filter((a) => !texts.has(a)));
    if (wanted.size) await artifact.read((name) => wanted.has(byName.get(name) ?? ""), (name, data) => void texts.set(byName.get(name), data));
    checkScriptServers(ctx, scripts, texts, start.file);
  }
  const where = kind === "layer" ? "the layer" : kind === "image" ? "the image" : "function.zip";
  const requirementsFiles = [codeDir, CODE_DIR2, "/app"].map((d) => `${d === "/" ? "" : d}/requirements.txt`);
  for (const f of await closureFindings(texts, { pythonVersion, where, show: (a) => view.show(a), layers: opts.layers, requirementsFiles })) add(f);
  const startText = scriptAbs ? texts.get(scriptAbs)?.toString("utf8") : void 0;
  const ldLibraryPath = kind === "image" ? ldLibraryPathOf(startText, image?.env.LD_LIBRARY_PATH) ?? [] : startText !== void 0 ? ldLibraryPathOf(startText) ?? [] : void 0;
  const optLibFiles = [...view.files.keys(), ...ctx.layerView?.files.keys() ?? []].filter((f) => f.startsWith("/opt/lib/")).length;
  const exists3 = (abs) => kind === "image" ? !!view.fileAt(abs) : view.files.has(abs) || !!ctx.layerView?.files.has(abs);
  for (const f of checkNativeLibs({ kind, runtime: opts.runtime, elfs, exists: exists3, show: (a) => view.show(a), depsRoots, ldLibraryPath, startFile: start?.file, optLibFiles })) add(f);
  for (const f of recordCheck.findings(view, where)) add(f);
  checkSecrets(ctx, texts);
  const unpackedSize = artifact.unpackedSize ?? [...view.files.values()].reduce((n, f) => n + f.size, 0);
  checkSize(ctx, subject, artifact.zippedSize, unpackedSize);
  return {
    subject,
    kind,
    kindReason,
    target: { pythonVersion, glibc, runtime: opts.runtime, port: opts.port, ...musl ? { musl } : {} },
    findings: sortFindings(dedupe(findings)),
    stats: { files: view.files.size, zippedSize: artifact.zippedSize, unpackedSize, largest: largest(view, [...depsRoots, ...defaultRoots], kind) }
  };
}
async function openArtifact(subject, kind = "auto") {
  const st = await stat4(subject).catch(() => void 0);
  if (!st) throw new UserError(`${subject} does not exist. Give the doctor a function.zip, a layer.zip, an image tar (docker save) or a folder.`);
  if (st.isDirectory()) {
    if (kind === "image") throw new UserError(`${subject} is a folder; --kind image needs a docker save archive.`);
    return openFolderArtifact(subject);
  }
  const format = await sniffFormat(subject);
  if (format === "zip") return openZipArtifact(subject);
  if (format === "tar" || format === "gzip") return openImageArtifact(subject);
  if (/\.zip$/i.test(subject)) return openZipArtifact(subject);
  throw new UserError(`${subject} is neither a zip nor a tar: give the doctor a function.zip, a layer.zip, an image tar (docker save) or a folder.`);
}
async function runDoctor(subject, opts) {
  let artifact;
  try {
    artifact = await openArtifact(subject, opts.kind);
  } catch (e) {
    const exists3 = await stat4(subject).then(() => true, () => false);
    if (!exists3 || !(e instanceof UserError) || !/not a readable (zip|image archive)|not valid JSON|no Config|leads to no image/.test(e.message)) throw e;
    return {
      subject,
      kind: opts.kind && opts.kind !== "auto" ? opts.kind : /\.tar(\.gz)?$|\.tgz$/.test(subject) ? "image" : "code",
      kindReason: "unreadable",
      target: { pythonVersion: opts.pythonVersion, glibc: RUNTIMES[opts.runtime].glibc, runtime: opts.runtime, port: opts.port },
      findings: [finding({ severity: "error", code: "artifact-unreadable", file: path35.basename(subject), message: e.message, fcSymptom: "InvalidArgument / the code package cannot be unpacked", fix: "Rebuild the artifact; check that the upload or download did not cut it short." })],
      stats: { files: 0, zippedSize: (await stat4(subject)).size, unpackedSize: 0, largest: [] }
    };
  }
  return diagnose(artifact, subject, opts);
}
async function checkArtifact(file, opts) {
  const report = await runDoctor(file, {
    pythonVersion: opts.pythonVersion,
    runtime: opts.runtime,
    port: opts.port,
    bootstrap: opts.bootstrap ?? null,
    kind: opts.target,
    layers: opts.layers,
    startCommand: opts.startCommand,
    environment: opts.environment,
    functionFrom: opts.functionFrom,
    layerArns: opts.layerArns,
    // The build wrote every deps entry from the wheels' own bytes: RECORD's files are checked by presence and size.
    recordHashes: false
  });
  return report.findings;
}

// src/doctor/report.ts
function doctorExitCode(report) {
  return hasErrors(report.findings) ? 1 : 0;
}
var KIND_WORDS = { code: "code package", layer: "layer", image: "container image" };
function formatReport(report, opts = {}) {
  const counts = { errors: 0, warnings: 0, info: 0 };
  for (const f of report.findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.info++;
  }
  if (opts.json) return JSON.stringify({ ...report, summary: { ...counts, ok: counts.errors === 0 } }, null, 2);
  const s = report.stats;
  const t = report.target;
  const out = [];
  out.push(
    `${report.subject}: ${KIND_WORDS[report.kind]} (${report.kindReason}), ${s.files} files, ${formatBytes(s.unpackedSize)} unpacked` + (s.zippedSize !== void 0 ? `, ${formatBytes(s.zippedSize)} ${report.kind === "image" ? "on disk" : "zipped"}` : "")
  );
  out.push(`checked for ${report.kind === "image" ? "the image's own system" : t.runtime} (${t.musl ? "musl" : `glibc ${t.glibc}`}), Python ${t.pythonVersion}, port ${t.port}`);
  if (s.largest.length) out.push(`largest: ${s.largest.slice(0, 5).map((l) => `${l.name} ${formatBytes(l.bytes)}`).join(", ")}`);
  if (!counts.errors && !counts.warnings) out.push("", "No problems found: nothing here would stop FC from starting it.");
  const byCode = /* @__PURE__ */ new Map();
  for (const f of report.findings) byCode.set(`${f.severity}\0${f.code}`, [...byCode.get(`${f.severity}\0${f.code}`) ?? [], f]);
  const shown = /* @__PURE__ */ new Set();
  for (const group of byCode.values()) group.slice(0, group.length > 6 ? 4 : group.length).forEach((f) => shown.add(f));
  const told = /* @__PURE__ */ new Set();
  for (const f of report.findings) {
    const key = `${f.severity}\0${f.code}`;
    if (!shown.has(f)) {
      if (told.has(key)) continue;
      told.add(key);
      const rest = byCode.get(key).filter((x) => !shown.has(x));
      out.push("", `${f.severity.toUpperCase()} [${f.code}] ... and ${rest.length} more: ${rest.slice(0, 8).map((x) => x.file).join(", ")}${rest.length > 8 ? ", ..." : ""} (--json lists them all)`);
      continue;
    }
    out.push("", `${f.severity.toUpperCase()} [${f.code}] ${f.file}${f.line ? `:${f.line}` : ""}: ${f.message}`);
    if (f.fcSymptom !== "-") out.push(`  on FC: ${f.fcSymptom}`);
    if (f.fix !== "-") out.push(`  fix:   ${f.fix}`);
  }
  out.push("", `${counts.errors} error${counts.errors === 1 ? "" : "s"}, ${counts.warnings} warning${counts.warnings === 1 ? "" : "s"}${counts.info ? `, ${counts.info} note${counts.info === 1 ? "" : "s"}` : ""}`);
  return out.join("\n");
}

// src/pipeline/build.ts
import fs37 from "node:fs/promises";
import os9 from "node:os";
import path57 from "node:path";

// src/install/wheelhouse.ts
import fs24 from "node:fs/promises";
import path38 from "node:path";

// src/shared/cache-root.ts
import os3 from "node:os";
import path36 from "node:path";
function localCacheRoot(env = process.env) {
  return path36.join(env.XDG_CACHE_HOME || path36.join(os3.homedir(), ".cache"), "fc-python-pack");
}

// src/shared/hashfile.ts
import { createHash as createHash7 } from "node:crypto";
import fs22 from "node:fs/promises";
async function hashFile(file) {
  const h = createHash7("sha256");
  let size = 0;
  const fh = await fs22.open(file, "r");
  try {
    const buf = Buffer.allocUnsafe(256 * 1024);
    for (let n; (n = (await fh.read(buf, 0, buf.length, null)).bytesRead) > 0; ) {
      h.update(buf.subarray(0, n));
      size += n;
    }
  } finally {
    await fh.close();
  }
  return { sha256: h.digest("hex"), size };
}

// src/install/pip-launcher.ts
import fs23 from "node:fs/promises";
import os4 from "node:os";
import path37 from "node:path";
var LAUNCHER_EXIT_UNSUPPORTED = 86;
var PIP_LAUNCHER = `# fc-python-pack: runs pip with FC's marker environment (see src/install/pip-launcher.ts).
import json
import os
import sys


def main():
    target = json.loads(sys.argv[1])
    pip_argv = sys.argv[2:]
    try:
        import pip
        from pip._vendor.packaging import markers
    except ImportError as e:
        sys.stderr.write("fc-python-pack: cannot import pip (%s)\\n" % e)
        return ${LAUNCHER_EXIT_UNSUPPORTED}
    if not callable(getattr(markers, "default_environment", None)):
        sys.stderr.write("fc-python-pack: pip %s has no packaging.markers.default_environment\\n" % pip.__version__)
        return ${LAUNCHER_EXIT_UNSUPPORTED}

    def default_environment():
        return dict(target)

    markers.default_environment = default_environment
    # Proof the override is what Marker.evaluate reads, before pip runs.
    probe = 'python_full_version == "%s" and sys_platform == "%s"' % (target["python_full_version"], target["sys_platform"])
    if not markers.Marker(probe).evaluate():
        sys.stderr.write("fc-python-pack: pip %s does not evaluate markers through default_environment\\n" % pip.__version__)
        return ${LAUNCHER_EXIT_UNSUPPORTED}
    if os.environ.get("FCPP_ALLOW_SDISTS") == "1":
        from pip._internal.cli import cmdoptions

        cmdoptions.check_dist_restriction = lambda *args, **kwargs: None
    report = os.environ.get("FCPP_DOWNLOAD_REPORT")
    if report:
        try:
            keep_report(report)
        except Exception as e:
            sys.stderr.write("fc-python-pack: no resolution report (%s)\\n" % e)
    from pip._internal.cli.main import main as pip_main

    sys.argv = ["pip"] + pip_argv
    return pip_main(pip_argv)


def keep_report(report):
    """pip download also writes what it resolved, as pip install --report does. Written at the end
    of the command's run, while the wheels pip fetched (which the metadata is read from) still exist."""
    from pip._internal.commands.download import DownloadCommand
    from pip._internal.models.installation_report import InstallationReport
    from pip._internal.resolution.resolvelib.resolver import Resolver

    resolved = []
    resolve = Resolver.resolve
    run = DownloadCommand.run

    def keep(self, *args, **kwargs):
        result = resolve(self, *args, **kwargs)
        resolved.append(result)
        return result

    def run_and_report(self, *args, **kwargs):
        code = run(self, *args, **kwargs)
        if code == 0 and len(resolved) == 1:
            try:
                data = InstallationReport(resolved[0].requirements_to_install).to_dict()
                with open(report, "w", encoding="utf-8") as f:
                    json.dump(data, f)
            except Exception as e:
                sys.stderr.write("fc-python-pack: no resolution report (%s)\\n" % e)
        return code

    Resolver.resolve = keep
    DownloadCommand.run = run_and_report


if __name__ == "__main__":
    sys.exit(main())
`;
async function launcherCommand(env, pipArgs, tmpRoot = process.env.RUNNER_TEMP || os4.tmpdir()) {
  const dir = await fs23.mkdtemp(path37.join(tmpRoot, "fcpp-pip-"));
  const forget = removeOnCancel(dir);
  const launcher = path37.join(dir, "fcpp_pip.py");
  await fs23.writeFile(launcher, PIP_LAUNCHER);
  return {
    args: [launcher, JSON.stringify(env), ...pipArgs],
    display: [`<pip for CPython ${env.python_full_version}, ${env.sys_platform} ${env.platform_machine}>`, ...pipArgs],
    dispose: () => fs23.rm(dir, { recursive: true, force: true }).finally(forget)
  };
}

// src/formats/script.ts
var SCRIPT_SHEBANG = "#!/usr/bin/env python3";
function rewriteScriptText(text) {
  const lines = text.split("\n");
  let body;
  if (/^#!.*python[\d.]*\s*$/.test(lines[0] ?? "")) {
    body = lines.slice(1);
  } else if (lines[0] === "#!/bin/sh" && (lines[1] ?? "").startsWith("'''exec'") && lines[2] === "' '''") {
    body = lines.slice(3);
  }
  return body && [SCRIPT_SHEBANG, ...body].join("\n");
}

// src/install/lock-errors.ts
function explainLockFailure(stderr, plan) {
  const src = plan.install?.source;
  if (src?.kind !== "dependency-file" || !src.locked) return void 0;
  if (/DO NOT MATCH THE HASHES/.test(stderr)) {
    const which = [...stderr.matchAll(/^[ \t]+([A-Za-z0-9._-]+)==(\S+) from .*:[ \t]*\r?\n[ \t]+Expected sha256 ([0-9a-f]+)[ \t]*\r?\n[ \t]+Got[ \t]+([0-9a-f]+)/gm)];
    const list = which.length ? which.map((m2) => `${m2[1]} ${m2[2]} (the lock says sha256 ${m2[3].slice(0, 12)}..., the download is ${m2[4].slice(0, 12)}...)`).join(", ") : "a package (see pip's output above)";
    return new UserError(
      `requirements: the download of ${list} does not match the hash in ${src.shown}, so it was refused. Either the index serves other bytes than those locked (check index-url), or the lock is out of date: lock again (uv lock, poetry lock, pipenv lock) and commit it.`,
      "requirements"
    );
  }
  const m = /No matching distribution found for ([A-Za-z0-9._-]+)==([^\s;]+)/.exec(stderr);
  if (!m) return void 0;
  const [, name, version] = m;
  return new UserError(
    `requirements: ${src.shown} locks ${name} ${version}, which has no wheel for ${plan.runtime} (CPython ${plan.pythonVersion}, x86_64, glibc ${plan.glibc}). Tags tried: ${plan.platforms.join(", ")}, plus pure-Python wheels (py3-none-any). Fix: lock a version of ${name} that ships manylinux x86_64 wheels for Python ${plan.pythonVersion} (e.g. uv lock --upgrade-package ${name}), choose a runtime with a newer glibc (input runtime), or check index-url.`,
    "requirements"
  );
}

// src/shared/redact.ts
var USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^\s/@]+)@/gi;
function redactUrl(text) {
  return text.replace(USERINFO, (_all, scheme, info) => {
    const colon = info.indexOf(":");
    return `${scheme}${colon < 0 ? "***" : `${info.slice(0, colon)}:***`}@`;
  });
}
function urlSecrets(url) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^\s/@]+)@/i.exec(url.trim());
  if (!m) return [];
  const info = m[1];
  const colon = info.indexOf(":");
  const secret = colon < 0 ? info : info.slice(colon + 1);
  if (!secret) return [];
  let decoded = secret;
  try {
    decoded = decodeURIComponent(secret);
  } catch {
  }
  return decoded === secret ? [secret] : [secret, decoded];
}
function hasCredentials(url) {
  return /^[a-z][a-z0-9+.-]*:\/\/[^\s/@]+@/i.test(url.trim());
}

// src/install/pip.ts
function indexUrlsToEnv(args) {
  const out = [];
  let index;
  const extra = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq2 = /^(--index-url|--extra-index-url|-i)=(.*)$/s.exec(a);
    const flag = eq2 ? eq2[1] : a;
    const value = eq2 ? eq2[2] : args[i + 1];
    if ((flag === "--index-url" || flag === "-i") && value !== void 0) index = value;
    else if (flag === "--extra-index-url" && value !== void 0) extra.push(value);
    else {
      out.push(a);
      continue;
    }
    if (!eq2) i++;
  }
  const env = {};
  if (index !== void 0) env.PIP_INDEX_URL = index;
  if (extra.length) env.PIP_EXTRA_INDEX_URL = extra.join(" ");
  return { args: out, env };
}
function explainRequiresPython(stderr, plan) {
  const target = `the build is for ${plan.runtime}'s Python ${plan.pythonFullVersion}.`;
  const fix = "Pin a version of it that supports this Python, or build for a newer one (inputs runtime, python-version).";
  const one = /Package '([^']+)' requires a different Python: \S+ not in '([^']*)'/.exec(stderr);
  if (one) return new UserError(`${one[1]} requires Python ${one[2]} (its Requires-Python); ${target} ${fix}`, "python-version");
  const ignored = /Ignored the following versions that require a different python version: ([^\n]+)/.exec(stderr);
  const missing = /No matching distribution found for ([^\s;]+)/.exec(stderr);
  const left = /\(from versions: ([^)]*)\)/.exec(stderr)?.[1]?.trim();
  if (ignored && missing && (!left || left === "none")) return new UserError(`${missing[1]}: the versions that would fit require another Python (${ignored[1].trim()}); ${target} ${fix}`, "python-version");
  return void 0;
}
function explainPipFailure(stderr, plan) {
  const python = explainRequiresPython(stderr, plan);
  if (python) return python;
  const locked = explainLockFailure(stderr, plan);
  if (locked) return locked;
  const m = /No matching distribution found for ([^\s;]+)/.exec(stderr);
  if (!m) return void 0;
  const req = m[1];
  const versions = /Could not find a version that satisfies the requirement [^\s]+ \(from versions: ([^)]*)\)/.exec(stderr)?.[1]?.trim();
  const { pythonVersion, runtime } = plan;
  const name = req.replace(/[<>=!~].*$/, "");
  const building = plan.install?.build !== void 0;
  const seen = versions && versions !== "none" ? `The index has versions ${versions}, but none with a wheel for this platform${building ? " or a source distribution to build" : ""}.` : `The index has no wheel of it for this platform${building ? ", nor a source distribution to build" : ""} (or does not carry it at all).`;
  return new UserError(
    `No installable wheel for "${req}" on ${runtime} (CPython ${pythonVersion}, x86_64, glibc ${plan.glibc}). ${seen} Tags tried: ${plan.platforms.join(", ")}, plus pure-Python wheels.${building ? "" : " Input build-sdists is false, so source distributions are not built."} Fix: ${building ? "" : `set build-sdists: true (the default) to build ${name} from its source, `}pin a version of ${name} that ships manylinux x86_64 wheels for Python ${pythonVersion}, choose a runtime with a newer glibc (input runtime), or check index-url.`,
    building ? "requirements" : "build-sdists"
  );
}
function depsOf(plan) {
  if (!plan.install) throw new Error(`the ${plan.target} plan installs no requirements`);
  return plan.install;
}

// src/shared/proc.ts
import { spawn } from "node:child_process";
var MAX_CAPTURE = 4 * 1024 * 1024;
function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      shell: false
    });
    const forget = killOnCancel(() => child.kill("SIGKILL"));
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
    if (opts.input !== void 0) {
      child.stdin.on("error", () => void 0);
      Promise.resolve(opts.input).then(
        (data) => child.stdin.end(data),
        () => child.stdin.end()
      );
    }
    const timer = opts.timeoutMs ? setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      spawnError = e;
    });
    child.on("close", (code, signal) => {
      forget();
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
function seconds(env, name, fallback) {
  const v = Number(env[name]);
  return (Number.isFinite(v) && v > 0 ? v : fallback) * 1e3;
}
function pipTimeoutMs(env = process.env) {
  return seconds(env, "FC_PYTHON_PACK_PIP_TIMEOUT", 30 * 60);
}
function buildTimeoutMs(env = process.env) {
  return seconds(env, "FC_PYTHON_PACK_BUILD_TIMEOUT", 60 * 60);
}
function shownTimeout(ms) {
  return ms % 6e4 === 0 ? `${ms / 6e4} minutes` : `${Math.round(ms / 1e3)} s`;
}
function tail(text, n) {
  return text.split("\n").filter((l) => l.trim()).slice(-n).join("\n");
}

// src/install/wheelhouse.ts
function wheelhouseDir(env = process.env) {
  if (env.GITHUB_ACTIONS === "true" && env.RUNNER_TEMP) return path38.join(env.RUNNER_TEMP, "fc-python-pack", "wheels");
  return path38.join(localCacheRoot(env), "wheels");
}
var INSTALL_ONLY = /* @__PURE__ */ new Set(["--no-compile", "--compile", "--no-warn-script-location", "--no-warn-conflicts", "--upgrade", "-U", "--force-reinstall", "--user"]);
var INSTALL_ONLY_WITH_VALUE = /* @__PURE__ */ new Set(["--target", "-t", "--prefix", "--root"]);
function downloadArgs(pipInstallArgs) {
  const out = [];
  for (let i = 0; i < pipInstallArgs.length; i++) {
    const a = pipInstallArgs[i];
    if (INSTALL_ONLY.has(a)) continue;
    if (INSTALL_ONLY_WITH_VALUE.has(a)) {
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
var canon = (n) => n.toLowerCase().replace(/[-_.]+/g, "-");
function installOrder(items) {
  const byName = new Map(items.map((i) => [canon(i.name), i]));
  const pending = new Map(items.map((i) => [canon(i.name), new Set((i.requires ?? []).map(canon).filter((r) => byName.has(r) && r !== canon(i.name)))]));
  const out = [];
  while (pending.size) {
    const names2 = [...pending.keys()].sort();
    const free = names2.filter((n) => pending.get(n).size === 0);
    const pick = free.length ? free[0] : names2[0];
    out.push(byName.get(pick));
    pending.delete(pick);
    for (const deps of pending.values()) deps.delete(pick);
  }
  return out;
}
async function pip(python, allArgs, opts, extraEnv = {}) {
  const { args, env: indexEnv } = indexUrlsToEnv(allArgs);
  const cmd = opts.markers ? await launcherCommand(opts.markers, args) : void 0;
  const shownIndex = Object.entries(indexEnv).map(([k, v]) => `${k}=${v}`);
  const line = `pip: ${redactUrl([python, ...cmd ? cmd.display : ["-m", "pip", ...args]].join(" "))}${shownIndex.length ? ` (env ${redactUrl(shownIndex.join(" "))})` : ""}`;
  opts.log?.info(line);
  const base = opts.env ?? process.env;
  const tmp = path38.join(opts.scratch, "pip-tmp");
  await fs24.mkdir(tmp, { recursive: true });
  const env = { ...base, PIP_ROOT_USER_ACTION: "ignore", TMPDIR: tmp, ...indexEnv, ...opts.sdists && cmd ? { FCPP_ALLOW_SDISTS: "1" } : {}, ...extraEnv };
  const timeoutMs = pipTimeoutMs(base);
  const res = await run(python, cmd ? cmd.args : ["-m", "pip", ...args], { env, timeoutMs }).finally(() => cmd?.dispose());
  if (res.timedOut) {
    throw new UserError(`pip did not finish within ${shownTimeout(timeoutMs)} (FC_PYTHON_PACK_PIP_TIMEOUT): an index that does not answer? Check index-url, or raise the timeout.`, "requirements");
  }
  if (res.spawnError) {
    throw new UserError(`Could not run ${python} to resolve the requirements (${res.spawnError.code}). Install Python 3 on the runner (actions/setup-python) or set FC_PYTHON_PACK_PYTHON.`);
  }
  if (cmd && res.code === LAUNCHER_EXIT_UNSUPPORTED) {
    throw new UserError(
      `${python} cannot build for FC's Python: ${tail(res.stderr, 2)}. Install a pip from 23.2 on (python3 -m pip install -U pip) or set FC_PYTHON_PACK_PYTHON to a Python that has one.`
    );
  }
  return res;
}
async function reportOffline(python, wheelhouse, pipInstallArgs, opts) {
  const report = path38.join(opts.scratch, `report-${process.pid}-${Date.now()}.json`);
  const args = [
    "install",
    "--dry-run",
    "--ignore-installed",
    "--quiet",
    "--report",
    report,
    "--target",
    path38.join(opts.scratch, "dry-run-target"),
    ...pipInstallArgs,
    "--no-index",
    "--find-links",
    wheelhouse
  ];
  const res = await pip(python, args, opts);
  if (res.code !== 0) return void 0;
  const parsed = JSON.parse(await fs24.readFile(report, "utf8"));
  await fs24.rm(report, { force: true });
  return parsed;
}
var exists2 = (file) => fs24.stat(file).then(() => true, () => false);
var isWheel = (it) => (it.download_info?.url ?? "").split(/[#?]/)[0].endsWith(".whl");
var builtRoot = (house) => path38.join(house, ".fcpp", "built") + path38.sep;
async function toWheels(items, wheelhouse) {
  const house = await fs24.realpath(wheelhouse);
  const wheels = await Promise.all(
    items.map(async (it) => {
      const url = it.download_info?.url ?? "";
      const local = url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : "";
      if (local.startsWith(builtRoot(house)) && local.endsWith(".whl")) {
        const copy = path38.join(house, path38.basename(local));
        if (await exists2(copy) && copy !== local) await fs24.rm(copy, { force: true });
        const sha2565 = (await hashFile(local)).sha256;
        const requires2 = (it.metadata?.requires_dist ?? []).map((r) => /^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? "").filter(Boolean);
        return { file: local, name: it.metadata?.name ?? "", version: it.metadata?.version ?? "", sha256: sha2565, requested: it.requested === true, requires: requires2 };
      }
      const saved = path38.join(house, decodeURIComponent(new URL(url || "file:///").pathname.split("/").pop() ?? ""));
      let file = saved.endsWith(".whl") && await exists2(saved) ? saved : url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : "";
      if (!file.endsWith(".whl")) {
        throw new UserError(`pip resolved ${it.metadata?.name ?? url} to ${redactUrl(url)}, not a wheel in the wheel cache ${wheelhouse}. Use wheels only (--only-binary=:all:).`);
      }
      if (await fs24.realpath(path38.dirname(file)) !== house) {
        const into = path38.join(house, path38.basename(file));
        await fs24.copyFile(file, into);
        file = into;
      }
      const sha2564 = it.download_info?.archive_info?.hashes?.sha256 ?? (await hashFile(file)).sha256;
      const requires = (it.metadata?.requires_dist ?? []).map((r) => /^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? "").filter(Boolean);
      return { file, name: it.metadata?.name ?? "", version: it.metadata?.version ?? "", sha256: sha2564, requested: it.requested === true, requires };
    })
  );
  return installOrder(wheels);
}
async function mayCover(wheelhouse, pipInstallArgs) {
  const names2 = /* @__PURE__ */ new Set();
  for (const f of await fs24.readdir(wheelhouse)) if (f.endsWith(".whl")) names2.add(normalizeName(f.split("-")[0]));
  if (!names2.size) return false;
  for (let i = 0; i < pipInstallArgs.length; i++) {
    if (pipInstallArgs[i] !== "-r" && pipInstallArgs[i] !== "--requirement") continue;
    let parsed;
    try {
      parsed = parseRequirements(await fs24.readFile(pipInstallArgs[++i], "utf8"));
    } catch {
      return true;
    }
    if (parsed.includes.length || parsed.unnamed.length) return true;
    if (parsed.requirements.some((r) => !r.marker && !names2.has(r.name))) return false;
  }
  return true;
}
async function download(python, wheelhouse, pipInstallArgs, opts) {
  const report = path38.join(opts.scratch, `download-${process.pid}-${Date.now()}.json`);
  const res = await pip(python, ["download", "--dest", wheelhouse, ...downloadArgs(pipInstallArgs)], opts, opts.markers ? { FCPP_DOWNLOAD_REPORT: report } : {});
  const parsed = res.code === 0 ? await fs24.readFile(report, "utf8").then((t) => JSON.parse(t), () => void 0) : void 0;
  await fs24.rm(report, { force: true });
  return { res, report: parsed };
}
async function resolveOnce(python, wheelhouse, pipInstallArgs, opts) {
  const warm = await mayCover(wheelhouse, pipInstallArgs) ? await reportOffline(python, wheelhouse, pipInstallArgs, opts) : void 0;
  if (warm) return { report: warm, offline: true, downloaded: [] };
  const dl = await download(python, wheelhouse, pipInstallArgs, opts);
  if (dl.res.code !== 0) {
    const metadata = opts.sdists ? sdistMetadataFailure(dl.res.stdout, dl.res.stderr, python) : void 0;
    if (metadata) throw metadata;
    const known = opts.explain?.(dl.res.stderr);
    if (known) throw known;
    throw new UserError(`pip could not download the requirements (exit ${dl.res.code}):
${redactUrl(tail(dl.res.stderr || dl.res.stdout, 15))}`, "requirements");
  }
  const downloaded = [...dl.res.stdout.matchAll(/^Saved (.+)$/gm)].map((m) => path38.basename(m[1].trim())).sort();
  const report = dl.report ?? await reportOffline(python, wheelhouse, pipInstallArgs, opts);
  if (!report) throw new UserError(`pip downloaded the requirements into ${wheelhouse} but cannot resolve them from it; delete that folder and build again.`);
  return { report, offline: false, downloaded };
}
function sdistMetadataFailure(stdout, stderr, python) {
  if (!/(Getting requirements to build wheel|Preparing metadata \([^)]*\)) did not run successfully|metadata-generation-failed/.test(stderr)) return void 0;
  const lines = [...stdout.matchAll(/^(?:Collecting|Processing) (\S+)/gm)].map((m) => m[1]);
  const last = lines.pop() ?? "a package";
  const file = /([^/]+?)-(\d[^-/]*?)\.(?:tar\.gz|zip|tar\.bz2)$/.exec(last);
  const what = file ? `${file[1]} ${file[2]}` : last;
  const output = stderr.split("\n").filter((l) => !/^\s*(WARNING: Location|note:|hint:)/.test(l)).join("\n");
  return new UserError(
    `Building ${what} from its sdist failed (runner, ${python}: reading its metadata, which pip does before the build). The build's last lines:
${redactUrl(tail(output, 12))}
Fix: pin a version of it that builds (or ships a wheel), or set build-sdists: false.`,
    "build-sdists"
  );
}
var names = (reqs) => reqs.map((r) => r.replace(/\s+/g, "")).sort().join("\n");
async function sdistOf(it, house) {
  const url = it.download_info?.url ?? "";
  const base = decodeURIComponent(new URL(url || "file:///").pathname.split("/").pop() ?? "");
  const saved = path38.join(house, base);
  const file = await exists2(saved) ? saved : url.startsWith("file://") ? decodeURIComponent(new URL(url).pathname) : saved;
  if (!/\.(tar\.gz|zip|tar\.bz2|tgz)$/.test(file) || !await exists2(file)) {
    throw new UserError(
      `pip resolved ${it.metadata?.name ?? base} to ${redactUrl(url)}, which is neither a wheel nor an sdist file it downloaded: only wheels and sdists from an index, find-links or a file are built for FC. Publish it to an index (or point the requirement at its .tar.gz), or vendor it in your code.`,
      "requirements"
    );
  }
  const sha2564 = it.download_info?.archive_info?.hashes?.sha256 ?? (await hashFile(file)).sha256;
  return { file, name: it.metadata?.name ?? base, version: it.metadata?.version ?? "", sha256: sha2564 };
}
async function resolveWheels(wheelhouse, pipInstallArgs, opts) {
  const python = opts.python ?? process.env.FC_PYTHON_PACK_PYTHON ?? "python3";
  await fs24.mkdir(wheelhouse, { recursive: true });
  await fs24.mkdir(opts.scratch, { recursive: true });
  const pipPython = (r) => r.environment?.python_version ?? "3";
  let args = [...pipInstallArgs];
  const downloaded = /* @__PURE__ */ new Set();
  let offline = true;
  for (let round = 1; ; round++) {
    const r = await resolveOnce(python, wheelhouse, args, opts);
    r.downloaded.forEach((d) => downloaded.add(d));
    offline &&= r.offline;
    const items = r.report.install ?? [];
    const sdists = opts.sdists ? items.filter((it) => !isWheel(it)) : [];
    const done = (wheels) => ({ wheels: installOrder(wheels), offline, downloaded: [...downloaded].filter((d) => d.endsWith(".whl")).sort(), pipPython: pipPython(r.report) });
    if (!sdists.length) return done(await toWheels(items, wheelhouse));
    const results = [];
    for (let i = 0; i < sdists.length; i += 2) {
      results.push(...await Promise.allSettled(sdists.slice(i, i + 2).map(async (it) => opts.sdists.build(await sdistOf(it, wheelhouse)))));
      const failed = results.find((r2) => r2.status === "rejected");
      if (failed) throw failed.reason;
    }
    const built = new Map(sdists.map((it, i) => [it, results[i].value]));
    const same = [...built].every(([it, b]) => names(it.metadata?.requires_dist ?? []) === names(b.requiresDist));
    if (same || args.includes("--no-deps") || round >= 4) {
      const wheels = await toWheels(items.filter(isWheel), wheelhouse);
      for (const [it, b] of built) {
        const requires = b.requiresDist.map((q) => /^[A-Za-z0-9._-]+/.exec(q)?.[0] ?? "").filter(Boolean);
        wheels.push({ file: b.file, name: it.metadata?.name ?? b.info.name, version: it.metadata?.version ?? b.info.version, sha256: b.sha256, requested: it.requested === true, requires });
      }
      return done(wheels);
    }
    opts.log?.info(`sdist: the built wheels' dependencies differ from the runner's reading of their sdists: resolving again with them`);
    args = [...args, ...[...built.values()].flatMap((b) => ["--find-links", path38.dirname(b.file)])];
  }
}
async function pruneWheelhouse(wheelhouse, keep) {
  const wanted = new Set(keep.map((w) => path38.basename(w.file)));
  const removed = [];
  for (const f of await fs24.readdir(wheelhouse)) {
    if (f.endsWith(".whl") && !wanted.has(f) || /\.(tar\.gz|zip|tar\.bz2)$/.test(f)) {
      await fs24.rm(path38.join(wheelhouse, f), { force: true });
      removed.push(f);
    }
  }
  await fs24.rm(path38.join(wheelhouse, ".fcpp", "backends"), { recursive: true, force: true });
  const built = path38.join(wheelhouse, ".fcpp", "built");
  const used = new Set(keep.filter((w) => w.file.includes(`${path38.sep}.fcpp${path38.sep}built${path38.sep}`)).map((w) => path38.basename(path38.dirname(w.file))));
  for (const d of await fs24.readdir(built).catch(() => [])) {
    if (!used.has(d)) await fs24.rm(path38.join(built, d), { recursive: true, force: true });
  }
  return removed.sort();
}
function wheelSetKey(wheels) {
  return wheels.map((w) => w.sha256).sort().join("\n");
}

// src/install/wheels.ts
import { createHash as createHash9 } from "node:crypto";
import fs29 from "node:fs/promises";
import path43 from "node:path";

// src/install/generated.ts
import fs26 from "node:fs/promises";
import os6 from "node:os";
import path40 from "node:path";

// src/install/local-wheels.ts
import fs25 from "node:fs";
import os5 from "node:os";
import path39 from "node:path";
var SKIP2 = /* @__PURE__ */ new Set([".git", ".hg", ".venv", "venv", "node_modules", "__pycache__", "build", "dist", ".tox", ".nox", ".mypy_cache", ".pytest_cache"]);
async function buildLocalWheels(local, opts) {
  const out = [];
  for (const pkg of local) {
    const env = opts.env ?? process.env;
    const work = fs25.mkdtempSync(path39.join(env.RUNNER_TEMP || os5.tmpdir(), `fcpp-local-${pkg.name}-`));
    const forget = removeOnCancel(work);
    const wheels = path39.join(opts.outDir, pkg.name);
    let res;
    try {
      const src = path39.join(work, "src");
      try {
        fs25.cpSync(pkg.dir, src, { recursive: true, filter: (f) => !SKIP2.has(path39.basename(f)) || f === pkg.dir });
      } catch (e) {
        throw new UserError(`requirements: the lock's local package ${pkg.name} (${pkg.dir}) could not be copied to build it (${e.code ?? String(e)}).`, "requirements");
      }
      fs25.mkdirSync(wheels, { recursive: true });
      const index = indexUrlsToEnv(opts.indexArgs);
      const args = ["-m", "pip", "wheel", "--disable-pip-version-check", "--no-input", "--no-deps", "--wheel-dir", wheels, ...index.args, src];
      res = await run(opts.python, args, { env: { ...env, ...index.env }, timeoutMs: pipTimeoutMs(env) });
    } finally {
      fs25.rmSync(work, { recursive: true, force: true });
      forget();
    }
    if (res.timedOut) throw new UserError(`requirements: building the lock's local package ${pkg.name} (${pkg.dir}) did not finish within ${shownTimeout(pipTimeoutMs(env))} (FC_PYTHON_PACK_PIP_TIMEOUT).`, "requirements");
    if (res.code !== 0)
      throw new UserError(`requirements: the lock's local package ${pkg.name} (${pkg.dir}) did not build into a wheel:
${redactUrl(tail(res.stderr || res.stdout, 12))}`, "requirements");
    const built = fs25.readdirSync(wheels).filter((f) => f.endsWith(".whl"));
    if (built.length !== 1) throw new UserError(`requirements: building ${pkg.name} (${pkg.dir}) gave ${built.length} wheels; expected one.`, "requirements");
    const wheel = path39.join(wheels, built[0]);
    const tags = built[0].replace(/\.whl$/, "").split("-").slice(-3);
    if (tags[1] !== "none" || tags[2] !== "any")
      throw new UserError(`requirements: the lock's local package ${pkg.name} (${pkg.dir}) builds a platform wheel (${built[0]}); only pure-Python local packages are built here. Publish it to an index as manylinux wheels and lock again.`, "requirements");
    out.push({ pkg, wheel, line: wheelLine(wheel) });
  }
  return out;
}

// src/install/generated.ts
function indexArgs(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (["--index-url", "-i", "--extra-index-url", "--find-links", "-f"].includes(a) && i + 1 < args.length) out.push(a, args[++i]);
    else if (/^--(index-url|extra-index-url|find-links)=/.test(a) || a === "--no-index") out.push(a);
  }
  return out;
}
async function writeGenerated(deps, python, env, log) {
  const src = deps.source;
  if (src.kind !== "dependency-file") return { cleanup: async () => void 0 };
  const work = await fs26.mkdtemp(path40.join(env.RUNNER_TEMP || os6.tmpdir(), "fcpp-reqs-"));
  const forget = removeOnCancel(work);
  const cleanup = () => fs26.rm(work, { recursive: true, force: true }).finally(forget);
  try {
    const lines = [...src.lines];
    if (src.local.length) {
      log.info(`Building the lock's local package${src.local.length > 1 ? "s" : ""} ${src.local.map((l) => l.name).join(", ")} into wheels`);
      const built = await buildLocalWheels(src.local, { python, indexArgs: indexArgs(deps.pip.args), env, outDir: path40.join(work, "wheels") });
      const hashed = lines.some((l) => l.includes("--hash="));
      for (const b of built) {
        const version = path40.basename(b.wheel).split("-")[1];
        const hash = b.line.slice(b.line.indexOf(" --hash="));
        lines.push(`--find-links ${path40.dirname(b.wheel)}`, `${b.pkg.name}==${version}${hashed ? hash : ""}`);
      }
    }
    const file = path40.join(work, "requirements.lock.txt");
    await fs26.writeFile(file, `# generated by fc-python-pack from ${src.shown}
${lines.join("\n")}
`);
    return { file, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

// src/install/sdists.ts
import { createHash as createHash8 } from "node:crypto";
import fs28 from "node:fs/promises";
import path42 from "node:path";

// src/formats/sdist.ts
var EXT_SOURCE = /\.(c|cc|cpp|cxx|pyx|f|f90|rs)$|(^|\/)Cargo\.toml$/i;
var LEGACY_BUILD_REQUIRES = ["setuptools>=40.8.0", "wheel"];
var topLevel = (entry2, file) => {
  const parts = entry2.replace(/^\.\//, "").split("/");
  return parts.length === 2 && parts[1] === file;
};
function hasStaticDeps(metadata) {
  if (!metadata) return false;
  const [major, minor] = (metadata.fields.get("metadata-version")?.[0] ?? "0").split(".").map(Number);
  if (!(major > 2 || major === 2 && (minor ?? 0) >= 2)) return false;
  const dynamic = new Set((metadata.fields.get("dynamic") ?? []).map((d) => d.toLowerCase()));
  return !dynamic.has("requires-dist") && !dynamic.has("requires-python") && !dynamic.has("provides-extra");
}
async function readSdist(file) {
  const { entries, files } = await readTar(file, (n) => topLevel(n, "PKG-INFO") || topLevel(n, "pyproject.toml"));
  const get2 = (name) => [...files].find(([k]) => topLevel(k, name))?.[1]?.toString("utf8");
  const pkgInfo = get2("PKG-INFO");
  const metadata = pkgInfo ? parseMetadata(pkgInfo) : void 0;
  let buildRequires = LEGACY_BUILD_REQUIRES;
  const pyproject = get2("pyproject.toml");
  if (pyproject) {
    try {
      const bs = parse(pyproject)["build-system"];
      if (Array.isArray(bs?.requires)) buildRequires = bs.requires.filter((r) => typeof r === "string");
    } catch {
    }
  }
  const extensionSources = entries.filter((e) => e.type === "file" && EXT_SOURCE.test(e.name)).map((e) => e.name.split("/").slice(1).join("/"));
  return { metadata, staticDeps: hasStaticDeps(metadata), extensionSources, buildRequires };
}

// src/shared/docker.ts
import { spawnSync } from "node:child_process";
var DOCKER = process.env.FC_PYTHON_PACK_DOCKER || "docker";
function pullPolicy(env = process.env) {
  return env.FC_PYTHON_PACK_PULL === "never" ? "never" : "missing";
}
function runPullArgs(env = process.env) {
  return pullPolicy(env) === "never" ? ["--pull", "never"] : [];
}
var live = /* @__PURE__ */ new Set();
var forgetAll = /* @__PURE__ */ new Map();
function track(name) {
  if (live.has(name)) return;
  live.add(name);
  forgetAll.set(name, onCancel(() => {
    if (live.size) spawnSync(DOCKER, ["rm", "-f", ...live], { stdio: "ignore", timeout: 3e4 });
    live.clear();
  }));
}
function untrack(name) {
  live.delete(name);
  forgetAll.get(name)?.();
  forgetAll.delete(name);
}
async function docker(args, opts) {
  const verb = args[0];
  const at = args.indexOf("--name");
  const name = (verb === "run" || verb === "create") && at > 0 ? args[at + 1] : void 0;
  if (name) track(name);
  const all = verb === "run" || verb === "create" ? [verb, "--label", `fc-python-pack.pid=${process.pid}`, ...args.slice(1)] : args;
  const res = await run(DOCKER, all, opts);
  if (name && verb === "run" && !args.includes("-d") && !args.includes("--detach")) {
    if (res.timedOut) await run(DOCKER, ["rm", "-f", name], { timeoutMs: 3e4 });
    untrack(name);
  }
  if (verb === "create" && name && res.code !== 0 && !res.timedOut) untrack(name);
  if (verb === "rm" && res.code === 0) for (const n of args.slice(1)) untrack(n);
  return res;
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

// src/install/sdist-build.ts
import fs27 from "node:fs/promises";
import path41 from "node:path";
var SOURCE_OPTS_WITH_VALUE = /* @__PURE__ */ new Set(["--index-url", "-i", "--extra-index-url", "--find-links", "-f", "--trusted-host", "--cert", "--client-cert"]);
var SOURCE_FLAGS = /* @__PURE__ */ new Set(["--no-index", "--pre"]);
function sourceOptions(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq2 = a.indexOf("=");
    if (eq2 > 0 && SOURCE_OPTS_WITH_VALUE.has(a.slice(0, eq2))) out.push(a);
    else if (SOURCE_OPTS_WITH_VALUE.has(a) && i + 1 < args.length) out.push(a, args[++i]);
    else if (SOURCE_FLAGS.has(a)) out.push(a);
  }
  return out;
}
async function provisionBackend(r) {
  const tags = r.target ? ["--implementation", "cp", "--python-version", r.target.pythonFullVersion, ...r.target.platforms.flatMap((p) => ["--platform", p])] : [];
  const args = [
    "-m",
    "pip",
    "install",
    "--target",
    r.dest,
    "--only-binary=:all:",
    "--no-input",
    "--disable-pip-version-check",
    "--progress-bar",
    "off",
    "--no-compile",
    "--no-warn-script-location",
    ...tags,
    ...sourceOptions(r.pipArgs),
    ...r.requires
  ];
  return run(r.python, args, { env: { ...r.env, PIP_ROOT_USER_ACTION: "ignore" } });
}
var WHEEL_FLAGS = ["wheel", "--no-deps", "--no-index", "--no-build-isolation", "--use-pep517", "--no-input", "--disable-pip-version-check", "--progress-bar", "off", "--no-cache-dir"];
function buildOnRunner(python, env, sdist, backend, out) {
  const pythonPath = [backend, env.PYTHONPATH].filter(Boolean).join(path41.delimiter);
  return run(python, ["-m", "pip", ...WHEEL_FLAGS, "--wheel-dir", out, sdist], { env: { ...env, PYTHONPATH: pythonPath, PIP_ROOT_USER_ACTION: "ignore" } });
}
var withHome = (home, argv) => home ? ["sh", "-c", 'PATH="$0/bin:$PATH"; export PATH; exec "$@"', home, ...argv] : argv;
function buildInImage(image, pythonXY, home, sdist, backend, out, name) {
  const user = process.getuid && process.getgid ? ["--user", `${process.getuid()}:${process.getgid()}`] : [];
  const file = `/fcpp/src/${path41.basename(sdist)}`;
  return docker(
    [
      "run",
      "--rm",
      "--name",
      name,
      "--network",
      "none",
      ...runPullArgs(),
      ...user,
      "-e",
      "HOME=/tmp",
      "-e",
      "PIP_ROOT_USER_ACTION=ignore",
      "-e",
      "PIP_CONFIG_FILE=/dev/null",
      "-e",
      "PYTHONPATH=/fcpp/backend",
      "-v",
      `${sdist}:${file}:ro`,
      "-v",
      `${backend}:/fcpp/backend:ro`,
      "-v",
      `${out}:/fcpp/out`,
      "--entrypoint",
      "",
      image,
      ...withHome(home, [`python${pythonXY}`, "-m", "pip", ...WHEEL_FLAGS, "--wheel-dir", "/fcpp/out", file])
    ],
    { timeoutMs: 30 * 6e4 }
  );
}
var CAN_BUILD = (xy) => `command -v python${xy} >/dev/null || { echo "no python${xy}"; exit 1; }; python${xy} -m pip --version >/dev/null 2>&1 || { echo "python${xy} has no pip"; exit 1; }; python${xy} -c 'import sysconfig, os, sys; h = sysconfig.get_paths()["include"]; sys.exit(0 if os.path.exists(os.path.join(h, "Python.h")) else 1)' || { echo "no Python.h for python${xy} (python${xy}-dev)"; exit 1; }; command -v cc >/dev/null || command -v gcc >/dev/null || { echo "no C compiler (gcc)"; exit 1; }`;
async function imageLacks(image, pythonXY, home) {
  const script = `${home ? 'PATH="$0/bin:$PATH"; ' : ""}${CAN_BUILD(pythonXY)}`;
  const res = await docker(["run", "--rm", "--network", "none", ...runPullArgs(), "--entrypoint", "sh", image, "-c", script, ...home ? [home] : []], { timeoutMs: 12e4 });
  return res.code === 0 ? void 0 : tail(res.stdout || res.stderr, 1) || `exit ${res.code}`;
}
async function haveImage(image) {
  if (await imageExists(image)) return true;
  if (pullPolicy() === "never") return false;
  return (await docker(["pull", "--quiet", image], { timeoutMs: 10 * 6e4 })).code === 0;
}
async function builtWheel(out, what) {
  const wheels = (await fs27.readdir(out)).filter((f) => f.endsWith(".whl"));
  if (wheels.length !== 1) throw new UserError(`Building ${what} left ${wheels.length} wheels, not one: ${wheels.join(", ") || "none"}.`);
  return path41.join(out, wheels[0]);
}

// src/install/sdists.ts
var WHEEL_FACTS = [
  "import json, sys, zipfile",
  "z = zipfile.ZipFile(sys.argv[1])",
  "names = z.namelist()",
  'di = [n for n in names if n.count("/") == 1 and n.split("/")[0].endswith(".dist-info")]',
  'top = di[0].split("/")[0]',
  "from email.parser import HeaderParser",
  'm = HeaderParser().parsestr(z.read(top + "/METADATA").decode("utf-8"))',
  'w = HeaderParser().parsestr(z.read(top + "/WHEEL").decode("utf-8"))',
  'so = [n for n in names if n.endswith(".so") or ".so." in n]',
  'print(json.dumps({"requires": m.get_all("Requires-Dist") or [], "tags": w.get_all("Tag") or [], "so": so}))'
].join("\n");
var RETAG = [
  "import base64, hashlib, os, sys, zipfile",
  "src, plat = sys.argv[1], sys.argv[2]",
  'dst = src[: -len("linux_x86_64.whl")] + plat + ".whl"',
  "with zipfile.ZipFile(src) as zin:",
  '    di = [n.split("/")[0] for n in zin.namelist() if n.count("/") == 1 and n.split("/")[0].endswith(".dist-info")][0]',
  '    wheel = "".join(l.replace("-linux_x86_64", "-" + plat) if l.startswith("Tag:") else l for l in zin.read(di + "/WHEEL").decode().splitlines(True)).encode()',
  '    digest = base64.urlsafe_b64encode(hashlib.sha256(wheel).digest()).rstrip(b"=").decode()',
  '    record = "".join("%s/WHEEL,sha256=%s,%d\\n" % (di, digest, len(wheel)) if l.startswith(di + "/WHEEL,") else l for l in zin.read(di + "/RECORD").decode().splitlines(True)).encode()',
  '    with zipfile.ZipFile(dst + ".tmp", "w") as zout:',
  "        for info in zin.infolist():",
  '            data = wheel if info.filename == di + "/WHEEL" else record if info.filename == di + "/RECORD" else zin.read(info.filename)',
  "            zout.writestr(info, data)",
  'os.replace(dst + ".tmp", dst)',
  "os.remove(src)",
  "print(dst)"
].join("\n");
var sha256 = (s) => createHash8("sha256").update(s).digest("hex");
var isPure = (f) => f.so.length === 0 && f.tags.every((t) => t.endsWith("-none-any"));
var SdistBuilder = class {
  constructor(plan, opts) {
    this.plan = plan;
    this.opts = opts;
    this.xy = plan.pythonVersion;
  }
  plan;
  opts;
  built = [];
  image;
  backends = /* @__PURE__ */ new Map();
  xy;
  keyDir(s) {
    const key = sha256(JSON.stringify({ sdist: s.sha256, python: this.plan.pythonFullVersion, runtime: this.plan.runtime, image: this.plan.image }));
    return path42.join(this.opts.house, ".fcpp", "built", key.slice(0, 24));
  }
  /** The wheel for `s`: from the wheelhouse when built before under the same key, else built now. */
  async build(s) {
    const dir = this.keyDir(s);
    const cached = await this.cached(dir);
    if (cached) {
      const info = { ...cached.info, cached: true, durationMs: 0 };
      this.built.push(info);
      this.opts.log?.info(`sdist: ${s.name} ${s.version}: the wheel built before ${cached.info.where} (${path42.basename(cached.file)})`);
      return { ...cached, info };
    }
    const started = Date.now();
    let facts;
    try {
      facts = await readSdist(s.file);
    } catch {
      facts = void 0;
    }
    const runnerXY = await this.runnerXY();
    const onRunner = facts !== void 0 && !facts.extensionSources.length && (facts.staticDeps || runnerXY === this.xy);
    const work = await fs28.mkdtemp(path42.join(this.opts.scratch, "sdist-"));
    try {
      let out = path42.join(work, "out");
      let where = `runner (Python ${runnerXY})`;
      let wheel;
      let wf;
      if (onRunner) {
        const backend = await this.backend(facts.buildRequires, false);
        await fs28.mkdir(out);
        const res = await buildOnRunner(this.opts.python, this.opts.env, s.file, backend, out);
        if (res.code !== 0) throw this.failed(s, where, res.stderr || res.stdout);
        wheel = await builtWheel(out, `${s.name} ${s.version}`);
        wf = await this.wheelFacts(wheel);
        if (!isPure(wf)) {
          this.opts.log?.info(`sdist: ${s.name} ${s.version} built on the runner is not pure (${wf.tags.join(", ")}): building it in the build image`);
          wheel = void 0;
        }
      }
      if (!wheel) {
        const image = await this.buildImage();
        where = `image ${image}`;
        const backend = await this.backend(facts?.buildRequires ?? ["setuptools>=40.8.0", "wheel"], true);
        out = path42.join(work, "out-image");
        await fs28.mkdir(out);
        const name = `fcpp-sdist-build-${process.pid}-${Date.now().toString(36)}`;
        const res = await buildInImage(image, this.xy, this.home(image), s.file, backend, out, name);
        if (res.timedOut) {
          await docker(["rm", "--force", name]);
          throw this.failed(s, where, `${res.stderr || res.stdout}
(stopped after 30 minutes)`);
        }
        if (res.code !== 0) throw this.failed(s, where, res.stderr || res.stdout);
        wheel = await builtWheel(out, `${s.name} ${s.version}`);
        wf = await this.wheelFacts(wheel);
      }
      if (facts?.extensionSources.length && wf.so.length === 0) {
        this.opts.log?.warning(
          `${s.name} ${s.version} has extension sources (${facts.extensionSources.slice(0, 3).join(", ")}) but its wheel built ${where} is pure Python: its C extension did not compile, and the slower pure-Python fallback ships. Check the build's compiler and headers (input build-image).`,
          { title: "build-sdists" }
        );
      }
      const info = { name: s.name, version: s.version, where, durationMs: Date.now() - started, cached: false, wheel: "" };
      const saved = await this.keep(dir, wheel, wf, info);
      this.built.push(saved.info);
      this.opts.log?.info(`sdist: built ${s.name} ${s.version} ${where} in ${(info.durationMs / 1e3).toFixed(1)} s: ${path42.basename(saved.file)}`);
      return saved;
    } finally {
      await fs28.rm(work, { recursive: true, force: true });
    }
  }
  /** FC's home of the target Python, for the plan's image (FC's build image); other images have it on PATH. */
  home(image) {
    const h = this.plan.pythonHome;
    return image === this.plan.image && h && h !== "/usr" ? h : void 0;
  }
  failed(s, where, output) {
    return new UserError(
      `Building ${s.name} ${s.version} from its sdist failed (${where}). The build's last lines:
${tail(output, 15)}
Fix: pin a version of ${s.name} that builds (or ships a wheel), give a build image with what it needs (input build-image), or set build-sdists: false.`,
      "build-sdists"
    );
  }
  async runnerXY() {
    const res = await run(this.opts.python, ["-c", 'import sys; print("%d.%d" % sys.version_info[:2])'], { env: this.opts.env });
    return res.code === 0 ? res.stdout.trim() : "?";
  }
  async wheelFacts(wheel) {
    const res = await run(this.opts.python, ["-c", WHEEL_FACTS, wheel], { env: this.opts.env });
    if (res.code !== 0) throw new UserError(`The wheel built from source, ${path42.basename(wheel)}, cannot be read: ${tail(res.stderr, 2)}`);
    return JSON.parse(res.stdout);
  }
  /**
   * The build backend, installed once per set of requires and Python (the runner's, or the target's
   * for the image) and kept in the wheelhouse's .fcpp/backends (left out of the Actions cache).
   */
  backend(requires, forImage) {
    const target = forImage ? { pythonFullVersion: this.plan.pythonFullVersion, platforms: this.plan.platforms } : void 0;
    const id = sha256(JSON.stringify({ requires: [...requires].sort(), target: target ?? { runner: this.opts.python }, sources: sourceOptions(this.opts.pipArgs) })).slice(0, 24);
    let p = this.backends.get(id);
    if (!p) {
      p = (async () => {
        const kept = path42.join(this.opts.house, ".fcpp", "backends", id);
        if (await fs28.stat(path42.join(kept, ".fcpp-complete")).then(() => true, () => false)) return kept;
        const dest = `${kept}.${process.pid}.tmp`;
        await fs28.rm(dest, { recursive: true, force: true });
        await fs28.mkdir(dest, { recursive: true });
        const res = await provisionBackend({
          python: this.opts.python,
          env: this.opts.env,
          pipArgs: this.opts.pipArgs,
          requires,
          dest,
          target
        });
        if (res.code !== 0) {
          await fs28.rm(dest, { recursive: true, force: true });
          throw new UserError(`Could not download the build backend (${requires.join(", ")}) the sdists need from the index:
${tail(res.stderr || res.stdout, 8)}`, "index-url");
        }
        await fs28.writeFile(path42.join(dest, ".fcpp-complete"), "");
        await fs28.rm(kept, { recursive: true, force: true });
        await fs28.rename(dest, kept);
        return kept;
      })();
      this.backends.set(id, p);
    }
    return p;
  }
  /** The plan's build image when present and able to build for the target; else the runtime's Debian Python image, said why. */
  buildImage() {
    this.image ??= (async () => {
      const { image, imageGiven, fallbackImage } = this.plan;
      await ensureDocker(
        `Building an sdist for FC's Python ${this.xy} (it compiles, or its dependencies depend on the Python that builds it)`,
        "Start Docker on the runner, pin versions that ship wheels, or set build-sdists: false."
      );
      let why;
      if (!await haveImage(image)) {
        why = `is not present${process.env.FC_PYTHON_PACK_PULL === "never" ? " and pulling is off (FC_PYTHON_PACK_PULL=never)" : " and could not be pulled"}`;
      } else {
        const lacks = await imageLacks(image, this.xy, this.home(image));
        if (!lacks) return image;
        why = `cannot build for Python ${this.xy}: ${lacks}`;
      }
      if (imageGiven || !await haveImage(fallbackImage) || await imageLacks(fallbackImage, this.xy)) {
        throw new UserError(
          `Input build-image: ${image} ${why}${imageGiven ? "" : `, nor is ${fallbackImage} usable`}. Compiled sdists (and those whose dependencies depend on the Python) are built in it. Give an image of ${this.plan.runtime}'s Debian with python${this.xy}, its headers and gcc (input build-image), or set build-sdists: false.`,
          "build-image"
        );
      }
      this.opts.log?.warning(`Build image ${image} ${why}: building sdists in ${fallbackImage} (${this.plan.runtime}'s Debian, Python ${this.xy}) instead.`, { title: "build-image" });
      return fallbackImage;
    })();
    return this.image;
  }
  async cached(dir) {
    try {
      const rec = JSON.parse(await fs28.readFile(path42.join(dir, "built.json"), "utf8"));
      const file = path42.join(dir, rec.wheel);
      const bytes = await fs28.readFile(file);
      if (sha256(bytes) !== rec.sha256) return void 0;
      return { file, sha256: rec.sha256, requiresDist: rec.requiresDist, info: rec.info };
    } catch {
      return void 0;
    }
  }
  /**
   * Into the wheelhouse under the key. A compiled wheel (`linux_x86_64`, what a build names it) is
   * named for the runtime's glibc (the plan's first platform tag): it was built on that Debian,
   * and pip takes only those tags for FC.
   */
  async keep(dir, wheel, wf, info) {
    const final = dir;
    dir = `${final}.${process.pid}.tmp`;
    await fs28.rm(dir, { recursive: true, force: true });
    await fs28.mkdir(dir, { recursive: true });
    if (wheel.endsWith("-linux_x86_64.whl")) {
      const res = await run(this.opts.python, ["-c", RETAG, wheel, this.plan.platforms[0]], { env: this.opts.env });
      if (res.code !== 0) throw new UserError(`Could not tag ${path42.basename(wheel)} for ${this.plan.runtime}: ${tail(res.stderr, 3)}`);
      wheel = res.stdout.trim();
    }
    const name = path42.basename(wheel);
    const file = path42.join(dir, name);
    await fs28.copyFile(wheel, file);
    const digest = sha256(await fs28.readFile(file));
    const kept = { ...info, wheel: name };
    await fs28.writeFile(path42.join(dir, "built.json"), `${JSON.stringify({ wheel: name, sha256: digest, requiresDist: wf.requires, info: kept })}
`);
    await fs28.rm(final, { recursive: true, force: true });
    await fs28.rename(dir, final);
    return { file: path42.join(final, name), sha256: digest, requiresDist: wf.requires, info: kept };
  }
};

// src/install/wheels.ts
var pipSkipped = (w) => w.how === "recorded" || w.how === "lock";
var META = ".fcpp";
var sha2562 = (s) => createHash9("sha256").update(s).digest("hex");
var resolutionFile = (house, key) => path43.join(house, META, "resolutions", `${sha2562(key).slice(0, 16)}.json`);
var wheelMetaFile = (house, file) => path43.join(house, META, "wheels", `${path43.basename(file)}.json`);
async function readJson(file) {
  try {
    return JSON.parse(await fs29.readFile(file, "utf8"));
  } catch {
    return void 0;
  }
}
async function writeJson(file, value) {
  await fs29.mkdir(path43.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs29.writeFile(tmp, `${JSON.stringify(value)}
`);
  await fs29.rename(tmp, file);
}
async function intact(house, file, sha2564) {
  const at = path43.isAbsolute(file) ? file : path43.join(house, file);
  const h = await hashFile(at).catch(() => void 0);
  if (h?.sha256 === sha2564) return true;
  if (h) await Promise.all([fs29.rm(at, { force: true }), fs29.rm(wheelMetaFile(house, at), { force: true })]);
  return false;
}
async function allThere(house, wheels) {
  const checks = await Promise.all(wheels.map((w) => intact(house, w.file, w.sha256)));
  return checks.every(Boolean);
}
async function recorded(house, key) {
  const r = await readJson(resolutionFile(house, key));
  if (!r || r.key !== key || !Array.isArray(r.wheels) || !await allThere(house, r.wheels)) return void 0;
  const built = (r.built ?? []).map((b) => ({ ...b, cached: true, durationMs: 0 }));
  return { wheels: r.wheels.map((w) => ({ ...w, file: path43.join(house, w.file) })), pipPython: r.pipPython, scriptTemplate: r.scriptTemplate, how: "recorded", downloaded: [], built };
}
async function record(house, key, set) {
  const real = await fs29.realpath(house).catch(() => house);
  const wheels = set.wheels.map((w) => ({ ...w, file: path43.relative(w.file.startsWith(real) ? real : house, w.file) }));
  const top = wheels.filter((w) => !w.file.includes(path43.sep));
  await Promise.all(top.map((w) => writeJson(wheelMetaFile(house, w.file), { name: w.name, version: w.version, sha256: w.sha256, requires: w.requires ?? [] })));
  if (key) await writeJson(resolutionFile(house, key), { key, pipPython: set.pipPython, scriptTemplate: set.scriptTemplate, built: set.built, wheels });
}
var FACTS = [
  "import json, sys",
  "try:",
  "    from pip._vendor.distlib.scripts import ScriptMaker",
  "    t = ScriptMaker.script_template",
  "except Exception:",
  "    t = None",
  'sys.stdout.write(json.dumps(["%d.%d" % sys.version_info[:2], t]))'
].join("\n");
async function pipFacts(python, env) {
  const res = await run(python, ["-c", FACTS], { env });
  if (res.spawnError) {
    throw new UserError(`Could not run ${python} (${res.spawnError.code}): the console scripts are written the way its pip writes them. Install Python 3 on the runner (actions/setup-python) or set FC_PYTHON_PACK_PYTHON.`);
  }
  let facts = ["3", null];
  try {
    if (res.code === 0) facts = JSON.parse(res.stdout);
  } catch {
  }
  const [pipPython, template] = facts;
  return { pipPython: /^\d+\.\d+$/.test(pipPython) ? pipPython : "3", scriptTemplate: template?.includes("%(func)s") ? template : void 0 };
}
function tagsFit(file, plan) {
  const parts = path43.basename(file, ".whl").split("-");
  if (parts.length < 5) return false;
  const [pys, abis, plats] = parts.slice(-3);
  const [major, minor] = plan.pythonVersion.split(".").map(Number);
  const cp = `cp${major}${minor}`;
  const pyOk = (py, abi) => {
    if (abi === "abi3") {
      const m2 = /^cp(\d)(\d+)$/.exec(py);
      return !!m2 && Number(m2[1]) === major && Number(m2[2]) <= minor;
    }
    if (abi === cp) return py === cp;
    if (abi !== "none") return false;
    const m = /^(?:py|cp)(\d)(\d*)$/.exec(py);
    return !!m && Number(m[1]) === major && (m[2] === "" || Number(m[2]) <= minor) && (py.startsWith("py") || py === cp);
  };
  const platOk = plats.split(".").some((p) => p === "any" || plan.platforms.includes(p));
  return platOk && pys.split(".").some((py) => abis.split(".").some((abi) => pyOk(py, abi)));
}
var LOCK_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)(?:\s*;\s*(.*?))?((?:\s+--hash=sha256:[0-9a-fA-F]{64})+)\s*$/;
async function fromLock(src, plan, house) {
  if (!src.locked || src.local.length || !src.lines.length) return void 0;
  let files;
  try {
    files = (await fs29.readdir(house)).filter((f) => f.endsWith(".whl"));
  } catch {
    return void 0;
  }
  const markers = depsOf(plan).pip.markers;
  const out = [];
  for (const line of src.lines) {
    const m = LOCK_LINE.exec(line.trim());
    if (!m) return void 0;
    const [, name, version, marker, hashText] = m;
    let holds = true;
    try {
      holds = !marker || evaluateMarker(marker, markers);
    } catch {
      return void 0;
    }
    if (!holds) continue;
    const hashes = new Set([...hashText.matchAll(/sha256:([0-9a-fA-F]{64})/g)].map((h) => h[1].toLowerCase()));
    const candidates = [];
    for (const f of files) {
      const [fname, fversion] = f.split("-");
      if (!fname || !fversion || normalizeName(fname) !== normalizeName(name) || !sameVersion(fversion, version) || !tagsFit(f, plan)) continue;
      const meta = await readJson(wheelMetaFile(house, f));
      if (!meta || !hashes.has(meta.sha256)) continue;
      const file = path43.join(house, f);
      if (!await intact(house, f, meta.sha256)) continue;
      candidates.push({ file, name: meta.name, version: meta.version, sha256: meta.sha256, requested: true, requires: meta.requires });
    }
    if (candidates.length !== 1) return void 0;
    out.push(candidates[0]);
  }
  return installOrder(out);
}
async function resolvePlanWheels(plan, log, opts) {
  const started = Date.now();
  const python = opts.python ?? process.env.FC_PYTHON_PACK_PYTHON ?? "python3";
  const env = opts.env ?? process.env;
  const deps = depsOf(plan);
  const done = (set) => ({ ...set, durationMs: Date.now() - started });
  if (opts.key) {
    const again = await recorded(opts.house, opts.key);
    if (again) return done(again);
  }
  if (deps.source.kind === "dependency-file") {
    const locked = await fromLock(deps.source, plan, opts.house);
    if (locked) {
      const set = { wheels: locked, ...await pipFacts(python, env), how: "lock", downloaded: [], built: [] };
      await record(opts.house, opts.key, set);
      return done(set);
    }
  }
  const facts = pipFacts(python, env);
  facts.catch(() => void 0);
  const generated = await writeGenerated(deps, python, env, log);
  const builder = deps.build ? new SdistBuilder(deps.build, { python, env, house: opts.house, scratch: opts.scratch, log, pipArgs: deps.pip.args }) : void 0;
  try {
    const file = deps.pip.requirementsFile ?? generated.file;
    const res = await resolveWheels(opts.house, ["-r", file, ...deps.pip.args], {
      python,
      env,
      scratch: opts.scratch,
      log,
      markers: deps.pip.markers,
      explain: (stderr) => explainPipFailure(stderr, plan),
      sdists: builder
    });
    const built = (builder?.built.filter((b, i, all) => all.findIndex((o) => o.name === b.name && o.version === b.version) === i) ?? []).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const set = { wheels: res.wheels, ...await facts, how: res.offline ? "offline" : "downloaded", downloaded: res.downloaded, built };
    await record(opts.house, opts.key, set);
    return done(set);
  } finally {
    await generated.cleanup();
  }
}
async function pruneHouse(house, keep) {
  const removed = await pruneWheelhouse(house, keep);
  const gone = new Set(removed);
  await Promise.all(removed.map((f) => fs29.rm(wheelMetaFile(house, f), { force: true })));
  const dir = path43.dirname(resolutionFile(house, ""));
  const files = await fs29.readdir(dir).catch(() => []);
  for (const f of files) {
    const r = await readJson(path43.join(dir, f));
    if (!r || !Array.isArray(r.wheels) || r.wheels.some((w) => gone.has(path43.basename(w.file)))) await fs29.rm(path43.join(dir, f), { force: true });
  }
  return removed;
}

// src/shared/timer.ts
var noopTimer = (_stage, fn) => fn();

// src/publish/cache/key.ts
import { createHash as createHash10 } from "node:crypto";
var ACTION_MAJOR = "v1";
var KEY_FORMAT = 2;
var sha2563 = (data) => createHash10("sha256").update(data).digest("hex");
function environmentHash(p) {
  const env = Object.entries(p.pipEnv ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return sha2563(
    JSON.stringify({
      format: KEY_FORMAT,
      python: p.pythonVersion,
      runtime: p.runtime,
      // Index URLs may carry credentials: they only ever enter the key through this hash.
      pipArgs: p.pipArgs,
      index: p.indexUrls ?? [],
      env,
      ...p.buildImage !== void 0 ? { buildImage: p.buildImage } : {}
    })
  ).slice(0, 16);
}
function requirementsHash(p) {
  const h = createHash10("sha256");
  for (const r of p.requirements) {
    h.update(`${r.name}\0${Buffer.byteLength(r.content)}\0`);
    h.update(r.content);
  }
  return h.digest("hex").slice(0, 24);
}
function keyHead(p) {
  const prefix = parseCacheKeyPrefix(p.prefix ?? DEFAULT_CACHE_KEY_PREFIX);
  const safe = (s) => s.replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${prefix}-${ACTION_MAJOR}-deps-${safe(p.runtime)}-py${safe(p.pythonVersion)}-${environmentHash(p)}-`;
}
function depsCacheKey(parts) {
  return { key: `${keyHead(parts)}${requirementsHash(parts)}`, restoreKeys: [] };
}
function wheelhouseCacheKey(parts, wheelSet) {
  const head = keyHead(parts);
  const req = `${head}${requirementsHash(parts)}-w`;
  return { key: wheelSet === void 0 ? req : `${req}${sha2563(wheelSet).slice(0, 16)}`, restoreKeys: [req, head] };
}
var PIP_ENV_VARS = ["PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_NO_INDEX", "PIP_CONSTRAINT", "PIP_PRE", "PIP_CONFIG_FILE", "PIP_ONLY_BINARY", "PIP_NO_BINARY"];
async function cacheKeyParts(plan, prefix, env = process.env) {
  const deps = depsOf(plan);
  const pipEnv = {};
  for (const k of PIP_ENV_VARS) if (env[k]) pipEnv[k] = env[k];
  return {
    prefix,
    // A lock: the selected set (kind, extras, groups, every pinned line with its hashes), not the
    // file's bytes, so an edit that changes nothing installed still hits.
    requirements: deps.source.kind === "dependency-file" ? [{ name: `${deps.source.fileKind} selection`, content: deps.source.key }] : await readRequirementsFiles(deps.source.path),
    pythonVersion: plan.pythonVersion,
    runtime: plan.runtime,
    pipArgs: deps.pip.args,
    indexUrls: deps.pip.indexUrls,
    pipEnv,
    ...deps.build ? { buildImage: deps.build.image } : {}
  };
}

// src/publish/cache/local.ts
async function localDepsCache(plan, log, prefix, env) {
  const depsKey = depsCacheKey(await cacheKeyParts(plan, prefix, env));
  let hit = "false";
  return {
    active: true,
    depsKey,
    get hit() {
      return hit;
    },
    async wheels(_scratchHouse, run2) {
      const house = wheelhouseDir(env);
      const set = await run2(house, env, depsKey.key);
      hit = pipSkipped(set) ? "true" : "false";
      if (pipSkipped(set)) log.info(`Dependencies from the local cache ${house}: ${set.wheels.length} wheels; pip skipped.`);
      return set;
    },
    save: async () => void 0
  };
}

// src/publish/cache/service.ts
async function cacheAvailable() {
  if (!process.env.ACTIONS_RESULTS_URL && !process.env.ACTIONS_CACHE_URL) return false;
  try {
    return (await loadCache()).isFeatureAvailable();
  } catch {
    return false;
  }
}
function loadCache() {
  return import("./cache-PH5ZDAG3.mjs");
}
var messageOf = (error) => error instanceof Error ? error.message : String(error);
async function restoreEntry(dir, key, restoreKeys) {
  try {
    return { ok: true, value: await (await loadCache()).restoreCache([dir], key, restoreKeys) };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}
async function saveEntry(dir, key) {
  try {
    const id = await (await loadCache()).saveCache([dir], key);
    if (id >= 0) return { ok: true, value: id };
    return { ok: false, reason: "the cache service did not take it (its message is above)" };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}

// src/publish/cache/store.ts
import fs30 from "node:fs/promises";
import os7 from "node:os";
import path44 from "node:path";
function cacheRoot(env) {
  return path44.join(env.RUNNER_TEMP || os7.tmpdir(), "fc-python-pack-cache");
}
function wheelhouseCacheDir(env = process.env) {
  return path44.join(cacheRoot(env), "wheels");
}
async function restoreWheelhouse(dir, key, restoreKeys, log) {
  if (!await cacheAvailable()) return void 0;
  await fs30.mkdir(dir, { recursive: true }).catch(() => void 0);
  const r = await restoreEntry(dir, key, restoreKeys);
  if (!r.ok) {
    log.warning(`wheel cache not restored (pip will download): ${r.reason}`);
    return void 0;
  }
  if (!r.value) {
    log.info(`wheel cache: no entry for ${key} or its prefix (or the cache service failed: see its warning).`);
    return void 0;
  }
  log.info(`wheel cache restored from ${r.value}${r.value.startsWith(key) ? "" : " (an earlier set of requirements)"}.`);
  return r.value;
}
async function saveWheelhouse(dir, key, log, restored) {
  if (!await cacheAvailable()) return false;
  if (restored === key) {
    log.debug(`wheel cache: ${key} was restored as is; not saved again.`);
    return false;
  }
  const r = await saveEntry(dir, key);
  if (!r.ok) {
    log.warning(`wheel cache not saved (the build is not affected; the next build downloads again): ${r.reason}`);
    return false;
  }
  log.info(`wheel cache saved as ${key}.`);
  return true;
}

// src/publish/cache.ts
async function createDepsCache(plan, log, opts) {
  const env = opts.env ?? process.env;
  const timed = opts.timed ?? noopTimer;
  let hit = "false";
  if (opts.enabled && plan.install && !await cacheAvailable()) {
    log.debug("cache: no Actions cache service here; using the local wheel cache.");
    return localDepsCache(plan, log, opts.prefix, env);
  }
  if (!opts.enabled || !plan.install) {
    return {
      active: false,
      get hit() {
        return hit;
      },
      wheels: (scratchHouse, run2) => run2(scratchHouse, env),
      save: async () => void 0
    };
  }
  const parts = await cacheKeyParts(plan, opts.prefix, env);
  const depsKey = depsCacheKey(parts);
  let pending;
  return {
    active: true,
    depsKey,
    get hit() {
      return hit;
    },
    async wheels(_scratchHouse, run2) {
      const house = wheelhouseCacheDir(env);
      const wk = wheelhouseCacheKey(parts);
      const restored = await timed("cache-restore", () => restoreWheelhouse(house, wk.key, wk.restoreKeys, log));
      const set = await run2(house, env, depsKey.key);
      hit = pipSkipped(set) ? "true" : restored ? "partial" : "false";
      if (pipSkipped(set)) log.info(`Dependencies from the cache (${restored ?? house}): ${set.wheels.length} wheels; pip skipped.`);
      pending = { house, set, restored };
      return set;
    },
    async save() {
      if (!pending) return;
      const { house, set, restored } = pending;
      pending = void 0;
      await timed("cache-save", async () => {
        const removed = await pruneHouse(house, set.wheels).catch(() => []);
        if (removed.length) log.debug(`wheel cache: ${removed.length} wheel(s) this build does not use left out.`);
        await saveWheelhouse(house, wheelhouseCacheKey(parts, wheelSetKey(set.wheels)).key, log, restored);
      });
    }
  };
}

// src/verify/imports.ts
import { randomBytes } from "node:crypto";
import path47 from "node:path";

// src/verify/function-env.ts
import fs31 from "node:fs/promises";
import path45 from "node:path";
var CODE_DIR3 = "/code";
function fcVariables(port) {
  return { FC_FUNC_CODE_PATH: CODE_DIR3, FC_SERVER_PORT: String(port), FC_CUSTOM_LISTEN_PORT: String(port) };
}
async function functionEnv(run2, port, dir, as) {
  const vars = { ...run2?.env ?? {}, ...fcVariables(port) };
  vars.PATH = (run2?.path ?? FC_DEFAULT_PATH).join(":");
  if (as === "python") {
    if (run2?.pythonPath.length) vars.PYTHONPATH = run2.pythonPath.join(":");
    else delete vars.PYTHONPATH;
  }
  const fileVars = Object.entries(vars).filter(([, v]) => !/[\r\n]/.test(v));
  const inline = Object.entries(vars).filter(([, v]) => /[\r\n]/.test(v));
  await fs31.mkdir(dir, { recursive: true, mode: 448 });
  const file = path45.join(dir, `env-${as}`);
  await fs31.writeFile(file, fileVars.map(([k, v]) => `${k}=${v}
`).join(""), { mode: 384 });
  const own = Object.keys(run2?.env ?? {});
  return {
    args: ["--env-file", file, ...inline.flatMap(([k, v]) => ["-e", `${k}=${v}`]), "-w", CODE_DIR3],
    describe: `${own.length ? `the function's environment (${own.join(", ")})` : "no environment variables of its own"}, PYTHONPATH=${vars.PYTHONPATH ?? "(unset, as FC leaves it)"}`,
    dispose: () => fs31.rm(file, { force: true })
  };
}

// src/verify/tree.ts
import fs32 from "node:fs/promises";
import os8 from "node:os";
import path46 from "node:path";
var TMPFS_MAGIC = 16914836;
var SHM = "/dev/shm";
var TreeUnseen = class extends UserError {
};
async function fitsInMemory(bytes) {
  if (process.platform !== "linux") return false;
  try {
    const s = await fs32.statfs(SHM);
    return s.type === TMPFS_MAGIC && bytes <= s.bavail * s.bsize / 2 && bytes <= os8.freemem() / 4;
  } catch {
    return false;
  }
}
async function unpackForVerify(zipPath, scratch, name, opts = {}) {
  const listing = await listZip(zipPath);
  const unpacked = listing.reduce((n, e) => n + e.size, 0);
  const sample = listing.find((e) => !e.isDir && !e.isSymlink && !unsafeEntryReason(e.name))?.name;
  const own = opts.memory !== false && await fitsInMemory(unpacked) ? await fs32.mkdtemp(path46.join(SHM, `fcpp-verify-${process.pid}-`)) : void 0;
  const dir = path46.join(own ?? scratch, name);
  const forget = own ? removeOnCancel(own) : () => void 0;
  await fs32.mkdir(dir, { recursive: true });
  const ready = extractZip(zipPath, dir);
  ready.catch(() => void 0);
  return {
    dir,
    inMemory: own !== void 0,
    sample,
    ready,
    dispose: async () => {
      await ready.catch(() => void 0);
      await fs32.rm(own ?? dir, { recursive: true, force: true });
      forget();
    }
  };
}
async function withVerifyTree(zipPath, scratch, name, log, fn) {
  const tree = await unpackForVerify(zipPath, scratch, name);
  try {
    return await fn(tree);
  } catch (e) {
    if (!(e instanceof TreeUnseen) || !tree.inMemory) throw e;
    log.info(`  the Docker engine does not see ${tree.dir} (its memory folder is not shared with it): unpacking into the scratch folder instead`);
  } finally {
    await tree.dispose();
  }
  const again = await unpackForVerify(zipPath, scratch, name, { memory: false });
  try {
    return await fn(again);
  } finally {
    await again.dispose();
  }
}

// src/verify/imports.ts
var IMPORT_PROBE = `
import importlib, json, re, sys
print(json.dumps({"python": "%d.%d" % sys.version_info[:2], "executable": sys.executable}), flush=True)
spec = json.loads(sys.argv[1])
st = spec.get("start") or {}
if "path0" in st and sys.path and sys.path[0] == "":
    # python -c puts the cwd first; the start's Python has its script's folder there (a console script: its own).
    if st["path0"] is None:
        del sys.path[0]
    else:
        sys.path[0] = st["path0"]
SKIP = {"test", "tests", "testing", "docs", "doc", "examples", "example", "benchmarks", "scripts"}
norm = lambda n: re.sub(r"[-_.]+", "-", n).lower()
found = {}
try:
    from importlib import metadata
    for d in metadata.distributions() if spec["dists"] or spec["optionalDists"] else []:
        n = d.metadata["Name"]
        if n and norm(n) not in found:
            found[norm(n)] = d
except Exception as e:
    metadata = None
owners = None
def top_levels(d):
    names = []
    txt = d.read_text("top_level.txt")
    if txt:
        names = [l.strip().replace("/", ".") for l in txt.splitlines() if l.strip()]
    else:
        for f in d.files or []:
            parts = f.parts
            if not parts or parts[0] in ("..", "bin", "__pycache__") or parts[0].endswith((".dist-info", ".data", ".egg-info", ".pth")):
                continue
            if len(parts) > 1:
                names.append(parts[0])
            elif parts[0].endswith(".py"):
                names.append(parts[0][:-3])
            elif parts[0].endswith(".so"):
                names.append(parts[0].split(".")[0])
    out = []
    for n in names:
        if all(p.isidentifier() for p in n.split(".")) and n.split(".")[0] not in SKIP and n not in out:
            out.append(n)
    return sorted(out, key=lambda n: (n.startswith("_"), n))
mods = ([st["server"]] if st.get("server") else []) + [m for m in spec["modules"] if m != st.get("server")]
for name, required in [(n, True) for n in spec["dists"]] + [(n, False) for n in spec["optionalDists"]]:
    d = found.get(norm(name))
    if d is None:
        if required:
            print(json.dumps({"dist": name, "missing": True}), flush=True)
        continue
    tl = top_levels(d)
    print(json.dumps({"dist": name, "version": d.version, "modules": tl}), flush=True)
    mods += [m for m in tl if m not in mods]
for name in mods:
    try:
        m = importlib.import_module(name)
        ver = getattr(m, "__version__", None)
        if ver is None:
            try:
                # Reads every RECORD on the path: once, not once per module.
                owners = metadata.packages_distributions() if owners is None else owners
                dists = owners.get(name.split(".")[0]) or []
                ver = metadata.version(dists[0]) if dists else None
            except Exception:
                ver = None
        print(json.dumps({"module": name, "ok": True, "version": None if ver is None else str(ver), "file": getattr(m, "__file__", None)}), flush=True)
    except BaseException as e:
        print(json.dumps({"module": name, "ok": False, "error": "%s: %s" % (type(e).__name__, e)}), flush=True)
if st.get("entry"):
    # Imported as a module (its __main__ part does not run), in a thread: an entry that starts its
    # server when imported (uvicorn.run at the top) keeps running, and that is its start.
    import errno, os, threading
    if st.get("entryDir") and st["entryDir"] not in sys.path:
        sys.path.insert(0, st["entryDir"])
    mods.append(st["entry"])
    box = {}
    def load():
        try:
            box["file"] = getattr(importlib.import_module(st["entry"]), "__file__", None)
        except BaseException as e:
            box["error"] = e
    t = threading.Thread(target=load, daemon=True)
    t.start()
    t.join(float(st.get("timeout") or 15))
    out = {"module": st["entry"], "ok": True, "entry": True, "version": None, "file": box.get("file")}
    if t.is_alive():
        out["running"] = True
    elif "error" in box:
        e = box["error"]
        if isinstance(e, OSError) and e.errno == errno.EROFS:
            # FC lets the function write anywhere; this check mounts the code read-only.
            out["readOnly"] = str(e)
        else:
            out = {"module": st["entry"], "ok": False, "entry": True, "error": "%s: %s" % (type(e).__name__, e)}
    print(json.dumps(out), flush=True)
    if t.is_alive():
        print(json.dumps({"done": len(mods)}), flush=True)
        os._exit(0)
print(json.dumps({"done": len(mods)}), flush=True)
`;
var WAIT_THEN_EXEC = `
import os, sys
if sys.stdin.readline().strip() != "go":
    sys.exit(3)
if sys.argv[1] and not os.path.exists(sys.argv[1]):
    print('{"unseen": true}', flush=True)
    sys.exit(4)
exe = sys.argv[2] if sys.argv[2] and os.path.exists(sys.argv[2]) else sys.executable
os.execv(exe, [exe] + sys.argv[3:])
`;
var VERIFY_FIX = "Start Docker on the runner (ubuntu-latest has it), or set verify: false.";
async function preflightVerify(verify) {
  await ensureDocker("Input verify", VERIFY_FIX);
  await ensureImage(
    verify.image,
    "verify-image",
    `Set verify-image to an image with Python ${verify.pythonVersion} that is present or can be pulled, or set verify: false.`
  );
}
function parseProbeOutput(stdout) {
  let python;
  let done;
  const imports = [];
  const dists = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const obj = JSON.parse(line);
      if (typeof obj.python === "string") python = obj.python;
      else if (typeof obj.module === "string") imports.push(obj);
      else if (typeof obj.dist === "string") dists.push(obj);
      else if (typeof obj.done === "number") done = obj.done;
    } catch {
    }
  }
  return { python, imports, dists, done };
}
function importFailureMessage(r, where, verify) {
  const soname = /([\w.+-]+\.so(?:\.[\w.]+)?): cannot open shared object file/.exec(r.error ?? "")?.[1];
  const base = verify?.standsInFor;
  const pkg = soname && base ? baseSonames(base.runtime)?.sonames[soname] : void 0;
  if (soname && base && pkg) {
    const use = verify.image === base.image ? `an image of ${base.runtime}'s Debian with ${pkg} installed (FROM ${base.image}, then apt-get install ${pkg}) as verify-image` : `verify-image ${base.image} (the image for ${base.runtime}), or install ${pkg} in ${verify.image}`;
    return `Verify: module ${r.module} does not import in ${verify.image}: ${r.error}. ${soname} is part of FC's ${base.runtime} (Debian package ${pkg}), but the verify image lacks it: on FC this import would find it. Nothing to add to the requirements; use ${use}.`;
  }
  const missing = /No module named '?([\w.]+)'?/.exec(r.error ?? "")?.[1];
  const fc = missing ? `On FC this is "Function instance exited unexpectedly(code 1, message:operation not permitted)" with "No module named ${missing}" in the logs.` : "On FC the instance would exit with code 1.";
  if (r.entry && missing === r.module) {
    return `Verify: the function's entry module ${r.module}, which its start loads, is not in ${where}: ${r.error}. ${fc} Ship ${r.module.replace(/\./g, "/")}.py in the code folder, or fix the start command.`;
  }
  const what = r.entry ? `the function's entry module ${r.module} (what its start loads)` : `module ${r.module}`;
  const fix = r.entry && !missing ? "Fix the error above: it happens when the function starts." : `Add the distribution that provides ${missing ?? r.module} to the requirements file${r.entry ? "" : " (or fix verify-imports)"}.`;
  return `Verify: ${what} does not import from ${where}: ${r.error}. ${fc} ${fix}`;
}
var ENTRY_FATAL = /^(ModuleNotFoundError|ImportError|SyntaxError|IndentationError|TabError|NameError|AttributeError|TypeError|SystemExit):/;
async function checkImports(verify, how, log) {
  const image = verify.image;
  const args = [
    "run",
    "--rm",
    // Named, so that a timed-out or cancelled check removes it (shared/docker.ts).
    "--name",
    `fcpp-imports-${randomBytes(6).toString("hex")}`,
    ...how.ready ? ["-i"] : [],
    "--network",
    "none",
    ...runPullArgs(),
    ...how.mountArgs,
    "--entrypoint",
    "python3",
    image,
    ...how.ready ? ["-c", WAIT_THEN_EXEC, how.mustSee ?? "", how.interpreter ?? ""] : [],
    "-c",
    IMPORT_PROBE,
    JSON.stringify(verify.imports)
  ];
  const started = Date.now();
  let readyAt = 0;
  const input = how.ready?.then(() => {
    readyAt = Date.now();
    return "go\n";
  });
  const res = await docker(args, { timeoutMs: 5 * 6e4, input });
  if (how.ready) {
    await how.ready;
    log.info(`  the tree was ready ${((readyAt - started) / 1e3).toFixed(2)} s after the container was asked for; the container ran ${((Date.now() - started) / 1e3).toFixed(2)} s in all`);
  }
  if (how.ready && res.code === 4 && res.stdout.includes('{"unseen": true}')) {
    throw new TreeUnseen(
      `Verify: the container does not see the files unpacked for it (${how.mustSee} is missing in ${image}): the Docker engine does not share the folder they are in (a remote engine, Docker Desktop's file sharing, a job container). Run the build where the engine shares the runner's folders, or set verify: false.`,
      "verify"
    );
  }
  if (res.timedOut) throw new UserError(`Verify: the import check in ${image} did not finish within 5 minutes (an import that hangs, or a Docker engine that stopped answering); its container is removed.`);
  if (res.code === 137) throw new UserError(`Verify: the import check's container in ${image} was killed (exit 137: docker kill, the Docker engine, or out of memory) before it finished.`);
  const { python, imports, dists, done } = parseProbeOutput(res.stdout);
  if (!python) {
    throw new UserError(
      `Verify could not run python3 in ${image} (exit ${res.code}): ${tail(res.stderr, 5)}. Set verify-image to an image with python3.`,
      "verify-image"
    );
  }
  if (python !== verify.pythonVersion && how.requireVersion === false) {
    log.info(`  ${image} runs Python ${python} (python-version is ${verify.pythonVersion}; the image decides)`);
  } else if (python !== verify.pythonVersion) {
    throw new UserError(
      `Input verify-image: ${image} runs Python ${python}, but python-version is ${verify.pythonVersion}: the check would prove nothing. Use an image with Python ${verify.pythonVersion}.`,
      "verify-image"
    );
  }
  for (const d of dists) {
    if (d.modules) log.info(`  ${d.dist} ${d.version ?? ""}: ${d.modules.length ? `imports ${d.modules.join(", ")}` : "no top-level modules"}`);
  }
  const missing = dists.filter((d) => d.missing).map((d) => d.dist);
  if (missing.length) {
    throw new UserError(
      `Verify: ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} named in ${verify.requirementsShown || "the requirements"} but not installed where Python looks in ${how.where}. On FC the imports would fail with ModuleNotFoundError. Check that the dependencies are on PYTHONPATH (export PYTHONPATH=... in bootstrap), or set verify-imports.`,
      "verify-imports"
    );
  }
  for (const r of imports) {
    if (r.running) log.info(`  import ${r.module}: still running after 15 s (it starts its server when imported); the smoke test checks that it answers`);
    else if (r.readOnly) log.info(`  import ${r.module}: it writes a file when imported (${r.readOnly}); FC allows that, and the smoke test runs it with a writable /code`);
    else if (r.ok) log.info(`  import ${r.module} ${r.version ?? ""} from ${r.file ?? "(built-in)"}`);
  }
  for (const r of imports.filter((x) => !x.ok && x.entry && !ENTRY_FATAL.test(x.error ?? ""))) {
    log.warning(
      `Verify: the function's entry module ${r.module} raised ${r.error} when imported here, with no network. If it needs the network or a service at import, FC may run it; if not, it fails there too ("Function instance exited unexpectedly(code 1, ...)").`,
      { title: "entry module" }
    );
  }
  const failed = imports.find((r) => !r.ok && (!r.entry || ENTRY_FATAL.test(r.error ?? "")));
  if (failed) throw new UserError(importFailureMessage(failed, how.where, verify), "verify-imports");
  if (done === void 0 || imports.length !== done) {
    throw new UserError(`Verify: the import check in ${image} stopped early (exit ${res.code}): ${tail(res.stderr, 5)}`);
  }
  return { image, python, imports };
}
async function verifyLayer(zipPath, verify, scratch, log, fn) {
  log.info(`Verifying in ${verify.image} (network none, layer read-only at /opt${fn ? `, the function's code at ${CODE_DIR3}` : ""})`);
  const env = fn ? await functionEnv(fn.run, fn.port, path47.join(scratch, "env"), "python") : void 0;
  if (env && fn) log.info(`Imports as ${fn.run.shown} would run them, with ${env.describe}`);
  try {
    return await withVerifyTree(
      zipPath,
      scratch,
      "opt",
      log,
      (opt) => checkImports(
        verify,
        {
          mountArgs: ["-v", `${opt.dir}:/opt:ro`, ...fn && env ? ["-v", `${fn.codeDir}:${CODE_DIR3}:ro`, ...env.args] : ["-e", "PYTHONPATH=/opt/python"]],
          where: fn ? `the layer (/opt/python) with the function's code (PYTHONPATH=${fn.run.pythonPath.join(":")})` : "the layer (/opt/python)",
          ready: opt.ready,
          mustSee: opt.sample && `/opt/${opt.sample}`,
          interpreter: fn?.run.interpreter
        },
        log
      )
    );
  } finally {
    await env?.dispose();
  }
}

// src/pipeline/code.ts
import fs34 from "node:fs/promises";
import path52 from "node:path";

// src/verify/smoke.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { statSync } from "node:fs";
import path48 from "node:path";
var WRITES_WALK = `
import os
def writes(top, since):
    out = []
    for root, dirs, files in os.walk(top):
        for n in dirs + files:
            p = os.path.join(root, n)
            try:
                if os.lstat(p).st_mtime >= since:
                    out.append(p)
            except OSError:
                pass
    return out
`;
function appWrites(paths) {
  const out = paths.filter((p) => !/\/__pycache__(\/|$)|\.pyc$/.test(p));
  return out.filter((p) => !out.some((q) => q.startsWith(`${p}/`))).sort();
}
var HTTP_PROBE = `${WRITES_WALK}
import json, os, sys, time, urllib.request, urllib.error
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
        time.sleep(0.02)
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
out = {"status": status, "error": error, "elapsed": elapsed, "listening": socks}
if len(sys.argv) > 5:
    out["writes"] = writes(sys.argv[4], float(sys.argv[5]))
print(json.dumps(out), flush=True)
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
async function discardSmoke(c) {
  if (c.created) await docker(["rm", "-f", c.name]);
}
async function prepareSmoke(spec, ready) {
  const c = { spec, name: `fcpp-smoke-${randomBytes2(6).toString("hex")}`, created: false };
  if (!spec.copyIn) return c;
  const made = docker(["create", ...containerArgs(spec, c.name)], { timeoutMs: 12e4 });
  const [create, tree] = await Promise.allSettled([made, ready]);
  const created = create.status === "fulfilled" ? create.value : void 0;
  if (created?.code === 0) c.created = true;
  try {
    if (tree.status === "rejected") throw tree.reason;
    if (!created || created.code !== 0) {
      const stderr = created?.stderr ?? String(create.status === "rejected" ? create.reason : "");
      throw new UserError(`Smoke test: the container did not start: ${tail(stderr, 3)}.${startFailure(stderr)}`);
    }
    const cp = await docker(["cp", `${spec.copyIn.from}/.`, `${c.name}:${spec.copyIn.to}`], { timeoutMs: 12e4 });
    if (cp.code !== 0) throw new UserError(`Smoke test: could not copy the code into the container: ${tail(cp.stderr, 3)}`);
  } catch (e) {
    await discardSmoke(c);
    throw e;
  }
  return c;
}
function containerArgs(spec, name) {
  return [
    "--name",
    name,
    "--network",
    "none",
    ...runPullArgs(),
    ...spec.readOnly ? ["--read-only", "--tmpfs", "/tmp:rw,exec,size=512m"] : [],
    "-e",
    `FC_SERVER_PORT=${spec.port}`,
    "-e",
    `FC_CUSTOM_LISTEN_PORT=${spec.port}`,
    ...spec.mountArgs,
    ...spec.entrypoint ? ["--entrypoint", spec.entrypoint] : [],
    spec.image,
    ...spec.command ?? []
  ];
}
async function smokeTest(spec, log) {
  return runSmoke(await prepareSmoke(spec), log);
}
async function runSmoke(c, log) {
  const { spec, name } = c;
  const logsTail = async () => {
    const res = await docker(["logs", "--tail", "30", name]);
    const text = tail(`${res.stdout}
${res.stderr}`, 30);
    return text ? `
Last lines of the app's output:
${text}` : "\n(The app printed nothing.)";
  };
  const started = Date.now();
  const startedAt = Date.now() / 1e3;
  const run2 = c.created ? await docker(["start", name], { timeoutMs: 12e4 }) : await docker(["run", "-d", ...containerArgs(spec, name)], { timeoutMs: 12e4 });
  try {
    if (run2.code !== 0) {
      throw new UserError(`Smoke test: the container did not start: ${tail(run2.stderr, 3)}.${startFailure(run2.stderr)}`);
    }
    log.info(`Started ${spec.shown ?? spec.entrypoint ?? "the image command"} in ${spec.image}; polling http://127.0.0.1:${spec.port}${spec.path} for up to ${spec.timeoutSec} s`);
    const walk2 = spec.copyIn ? [spec.copyIn.to, String(startedAt)] : [];
    const probe = await docker(["exec", name, spec.probePython ?? "python3", "-c", HTTP_PROBE, String(spec.port), spec.path, String(spec.timeoutSec), ...walk2], {
      timeoutMs: (spec.timeoutSec + 60) * 1e3
    });
    const line = probe.stdout.split("\n").find((l) => l.startsWith("{"));
    if (!line) {
      const state = await docker(["inspect", "--format", "{{.State.Running}} {{.State.ExitCode}}", name]);
      const [running, exit] = state.stdout.trim().split(" ");
      const killed = exit === "137" ? " (killed with SIGKILL: docker kill, the Docker engine, or out of memory)" : "";
      if (running === "false") {
        throw new UserError(
          `Verify, smoke test in ${spec.image}: the function exited with code ${exit}${killed} before answering. On FC: Function instance exited unexpectedly(${exitMeaning(Number(exit))}).${await logsTail()}`
        );
      }
      throw new UserError(`Verify, smoke test in ${spec.image}: could not probe the container (${tail(probe.stderr, 2) || "no answer"}); is the Docker engine still answering?${await logsTail()}`);
    }
    const report = JSON.parse(line);
    const listen = report.listening.filter(([, p]) => p === spec.port).map(([a]) => procAddress(a));
    if (report.status === null || report.status >= 500) {
      const state = await docker(["inspect", "--format", "{{.State.Running}} {{.State.ExitCode}}", name]);
      const [running, exit] = state.stdout.trim().split(" ");
      const others2 = [...new Set(report.listening.map(([, p]) => p).filter((p) => p !== spec.port))];
      const why = running === "false" ? `the function exited with code ${exit}. On FC: Function instance exited unexpectedly(${exitMeaning(Number(exit))}).` : report.status !== null ? `it answered ${report.status} to ${spec.path} until the timeout.` : `nothing answered on port ${spec.port} within ${spec.timeoutSec} s (last error: ${report.error}).` + (others2.length ? ` The app listens on port ${others2.join(", ")} instead: FC calls ${spec.port} (FC_SERVER_PORT).` : "") + ` On FC: FunctionNotStarted (the instance must listen on 0.0.0.0:${spec.port} within 120 s).`;
      throw new UserError(`Smoke test failed: ${why}${await logsTail()}`);
    }
    if (listen.length && listen.every(isLoopback)) {
      throw new UserError(
        `Smoke test: the server listens only on ${listen.join(", ")}:${spec.port}, which FC cannot reach (FunctionNotStarted). Listen on 0.0.0.0 (uvicorn --host 0.0.0.0 --port ${spec.port}).`
      );
    }
    const ms = Date.now() - started;
    log.info(`  ${spec.path} answered ${report.status} after ${report.elapsed.toFixed(2)} s of polling (${(ms / 1e3).toFixed(1)} s from start), listening on ${listen.join(", ") || "?"}`);
    let writes;
    if (spec.copyIn) {
      const from = spec.copyIn.from;
      const to = spec.copyIn.to;
      const copiedDir = (p) => {
        try {
          return statSync(path48.join(from, path48.posix.relative(to, p))).isDirectory();
        } catch {
          return false;
        }
      };
      writes = appWrites((report.writes ?? []).filter((p) => !copiedDir(p)));
      if (writes.length) {
        const shown = writes.slice(0, 5).join(", ") + (writes.length > 5 ? `, and ${writes.length - 5} more` : "");
        log.warning(
          `Smoke test: the app wrote under ${spec.copyIn.to} while starting (${shown}). FC allows it (every directory is writable), but those files belong to one instance: other instances do not see them and they are lost when FC recycles the instance. Write scratch files to /tmp, and keep anything that must last in OSS, NAS or a database.`,
          { title: "writes under /code" }
        );
      }
    }
    return { status: report.status, ms: Math.round(report.elapsed * 1e3), listen, ...writes ? { writes } : {} };
  } finally {
    await docker(["rm", "-f", name]);
  }
}

// src/pipeline/common.ts
import fs33 from "node:fs/promises";
import path49 from "node:path";
async function enforceBootstrap(plan, bootstrap, sel, depsDirs, log) {
  const name = bootstrap.file;
  const rel = shownPath(plan.workspace, path49.join(plan.workingDirectory, name)) || name;
  const entry2 = sel.entries.find((e) => e.name === name);
  if (!entry2) {
    const excluded = sel.excludedFiles.includes(name);
    throw new UserError(
      `${rel} ${excluded ? "is left out by the exclude patterns" : "does not exist"}, and FC starts ${CODE_DIR2}/bootstrap: the function would fail with "the file /code/bootstrap is not exist". Add a bootstrap script (#!/bin/bash, then exec python3 -m uvicorn main:app --host 0.0.0.0 --port ${plan.port}), or, when FC starts the function with a command, give it: s.yaml's customRuntimeConfig, or start-command (e.g. python3 -u index.py).`,
      "bootstrap"
    );
  }
  let content = entry2.data ?? await fs33.readFile(entry2.source);
  const analysis = analyzeBootstrap(content, { file: rel, depsDirs, port: plan.port });
  let findings = analysis.findings;
  if (bootstrap.convertCrlf && findings.some((f) => f.code === "bootstrap-crlf")) {
    content = toLf(content);
    entry2.data = content;
    entry2.source = void 0;
    entry2.size = content.length;
    findings = findings.filter((f) => f.code !== "bootstrap-crlf");
    log.notice(`${rel} had CRLF line endings; stored with LF (convert-crlf: true). Fix the source too: dos2unix ${name}.`, { file: rel, line: 1 });
  }
  for (const f of findings) {
    const where = { file: f.file, line: f.line, title: f.code };
    if (f.severity === "error") log.error(findingLine(f), where);
    else if (f.severity === "warning") log.warning(findingLine(f), where);
    else log.notice(findingLine(f), where);
  }
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length) throw new UserError(`The bootstrap would not start on FC:
${errors.map(findingLine).join("\n")}`, "bootstrap");
  const srcMode = (await fs33.stat(path49.join(plan.workingDirectory, name))).mode;
  if ((srcMode & 73) === 0) {
    log.notice(
      `${rel} is not executable in the source (a Windows checkout loses the bit); it is stored 0755. Without that FC fails with "code 13, message:permission denied". To fix the source: git update-index --chmod=+x ${name}`,
      { file: rel, line: 1 }
    );
  }
  entry2.mode = EXEC_MODE;
  return { ...analysis, findings };
}
var SOURCE_CHECKED_CODES = /* @__PURE__ */ new Set([
  "bootstrap-shebang",
  "bootstrap-bom",
  "bootstrap-crlf",
  "bootstrap-listen",
  "bootstrap-port",
  "bootstrap-pip-install",
  "bootstrap-no-pythonpath",
  "bootstrap-mode",
  "bootstrap-missing"
]);
async function doctorCheck(file, plan, log, opts = {}) {
  const d = plan.doctor;
  const all = await checkArtifact(file, {
    target: d.kind,
    pythonVersion: d.pythonVersion,
    runtime: d.runtime,
    port: d.port,
    bootstrap: d.bootstrap,
    layers: opts.layers,
    startCommand: d.startCommand,
    environment: d.environment,
    functionFrom: plan.sYaml ? plan.sYaml.shown : d.environment ? "environment" : void 0,
    layerArns: d.layerArns
  });
  const findings = all.filter((f) => !opts.skip?.has(f.code));
  for (const f of findings) {
    if (f.severity === "error") log.error(findingLine(f), { title: f.code });
    else if (f.severity === "warning") log.warning(findingLine(f), { title: f.code });
  }
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length) {
    throw new UserError(`${path49.basename(file)} would not start on FC (${errors.length} problem${errors.length > 1 ? "s" : ""}):
${errors.map(findingLine).join("\n")}`);
  }
  const warnings = findings.filter((f) => f.severity === "warning").length;
  log.info(`Doctor: ${warnings ? `${warnings} warning(s)` : "no problems"} in ${path49.basename(file)} for ${d.runtime}, Python ${d.pythonVersion}`);
}

// src/pipeline/deps.ts
import path51 from "node:path";

// src/assemble/wheel-install.ts
import { createHash as createHash11 } from "node:crypto";
import path50 from "node:path";

// src/assemble/wheel-scripts.ts
function parseEntryPoints(text) {
  const out = { console: /* @__PURE__ */ new Map(), gui: /* @__PURE__ */ new Map() };
  let section = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const head = /^\[(.*)\]$/.exec(line);
    if (head) {
      section = head[1].trim();
      continue;
    }
    const eq2 = line.indexOf("=");
    if (eq2 < 0) continue;
    const name = line.slice(0, eq2).trim();
    const value = line.slice(eq2 + 1).trim();
    if (section === "console_scripts") out.console.set(name, value);
    else if (section === "gui_scripts") out.gui.set(name, value);
  }
  return out;
}
function consoleScriptSpecs(console2, pipPython) {
  const rest = new Map(console2);
  const out = [];
  const major = pipPython.split(".")[0];
  const pip2 = rest.get("pip");
  if (pip2 !== void 0) {
    rest.delete("pip");
    out.push(["pip", pip2], [`pip${major}`, pip2], [`pip${pipPython}`, pip2]);
    for (const k of [...rest.keys()]) if (/^pip(\d+(\.\d+)?)?$/.test(k)) rest.delete(k);
  }
  const easy = rest.get("easy_install");
  if (easy !== void 0) {
    rest.delete("easy_install");
    out.push(["easy_install", easy], [`easy_install-${pipPython}`, easy]);
    for (const k of [...rest.keys()]) if (/^easy_install(-\d+\.\d+)?$/.test(k)) rest.delete(k);
  }
  return [...out, ...rest];
}
var ENTRY = /^([\w.]+)\s*:\s*(\w+(?:\.\w+)*)\s*(\[[^\]]*\])?\s*$/;
var PIP23_SCRIPT_TEMPLATE = "# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom %(module)s import %(import_name)s\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(%(func)s())\n";
function entryPointScript(name, value, wheel, template = PIP23_SCRIPT_TEMPLATE) {
  const m = ENTRY.exec(value);
  if (!m) throw new Error(`${wheel}: entry point "${name} = ${value}" has no module:callable; pip refuses it too.`);
  const vars = { module: m[1], import_name: m[2].split(".")[0], func: m[2] };
  return `${SCRIPT_SHEBANG}
${template.replace(/%\((\w+)\)s/g, (all, k) => vars[k] ?? all)}`;
}
function isEntryPointWrapper(base, eps) {
  const lower = base.toLowerCase();
  let match = base;
  if (lower.endsWith(".exe") || lower.endsWith(".pya")) match = base.slice(0, -4);
  else if (lower.endsWith("-script.py")) match = base.slice(0, -10);
  return eps.console.has(match) || eps.gui.has(match);
}
function finalScriptBytes(data, fromScriptsScheme) {
  let bytes = data;
  if (fromScriptsScheme && bytes.subarray(0, 8).toString("latin1") === "#!python") {
    const nl = bytes.indexOf(10);
    bytes = Buffer.concat([Buffer.from("#!/usr/bin/python3\n"), nl < 0 ? Buffer.alloc(0) : bytes.subarray(nl + 1)]);
  }
  const text = rewriteScriptText(bytes.toString("utf8"));
  if (text !== void 0) return Buffer.from(text, "utf8");
  return bytes === data ? void 0 : bytes;
}

// src/assemble/wheel-install.ts
function recordHash(data) {
  return `sha256=${createHash11("sha256").update(data).digest("base64url")}`;
}
function csvField(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function parseCsvLine(line) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') cur += '"', i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") out.push(cur), cur = "";
    else cur += c;
  }
  out.push(cur);
  return out;
}
function normalize(rel, wheel) {
  const parts = [];
  for (const p of rel.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === ".." || p.includes("\\") || p.includes("\0")) throw new UserError(`${wheel}: entry "${rel}" would land outside the install folder; pip refuses this wheel too.`);
    parts.push(p);
  }
  return parts.join("/");
}
function distInfoDir(members, wheel) {
  const dirs = [...new Set(members.map((m) => m.name.split("/")[0]).filter((d) => d.endsWith(".dist-info")))];
  if (dirs.length !== 1) throw new UserError(`${wheel} is not a valid wheel: it has ${dirs.length ? "several" : "no"} .dist-info folders (${dirs.join(", ")}).`);
  return dirs[0];
}
function header(text, key) {
  return parseHeaders(text).get(key.toLowerCase())?.[0];
}
async function layoutWheel(input, pipPython, template) {
  const wheel = path50.basename(input.file);
  const { members } = await readWheel(input.file);
  const info = distInfoDir(members, wheel);
  const byName = new Map(members.map((m) => [m.name, m]));
  const text = (n) => {
    const m = byName.get(`${info}/${n}`);
    return m && readMember(m).toString("utf8");
  };
  const wheelMeta = text("WHEEL");
  const metadata = text("METADATA");
  if (wheelMeta === void 0 || metadata === void 0) throw new UserError(`${wheel} is not a valid wheel: ${info}/WHEEL or METADATA is missing.`);
  const wheelVersion = header(wheelMeta, "Wheel-Version") ?? "";
  if (!/^1(\.|$)/.test(wheelVersion)) throw new UserError(`${wheel} has Wheel-Version ${wheelVersion || "none"}; pip installs only version 1 wheels.`);
  const distName = input.name ?? header(metadata, "Name") ?? info.replace(/-[^-]*\.dist-info$/, "");
  const version = header(metadata, "Version") ?? "";
  const eps = parseEntryPoints(text("entry_points.txt") ?? "");
  const lib = /* @__PURE__ */ new Map();
  const home = /* @__PURE__ */ new Map();
  const installedFrom = /* @__PURE__ */ new Map();
  const place = (tree, at, m, recordPath) => {
    tree.delete(at);
    tree.set(at, { wheel, mode: isExecutableMember(m) ? EXEC_MODE : FILE_MODE, raw: m.raw });
    installedFrom.set(`${tree === lib ? "" : "../../"}${at}`, recordPath);
  };
  const files = members.filter((m) => !m.name.endsWith("/"));
  const isData = (m) => m.name.split("/", 1)[0].endsWith(".data");
  const isScript = (m) => {
    const p = m.name.split("/");
    return p.length > 2 && p[0].endsWith(".data") && p[1] === "scripts";
  };
  for (const m of files.filter((f) => !isData(f))) place(lib, normalize(m.name, wheel), m, m.name);
  const dataTarget = (m) => {
    const parts = normalize(m.name, wheel).split("/");
    if (parts.length < 3) throw new UserError(`${wheel}: unexpected file ${m.name}; .data contents must be named <scheme>/<path>.`);
    const [, scheme, ...rest] = parts;
    const sub = rest.join("/");
    switch (scheme) {
      case "purelib":
      case "platlib":
        return [lib, sub];
      case "scripts":
        return [home, `bin/${sub}`];
      case "headers":
        return [home, `include/python/${distName}/${sub}`];
      case "data":
        return [home, sub];
      default:
        throw new UserError(`${wheel}: unknown scheme "${scheme}" in ${m.name} (valid: data, headers, platlib, purelib, scripts).`);
    }
  };
  for (const m of files.filter((f) => isData(f) && !isScript(f))) {
    const [tree, at] = dataTarget(m);
    place(tree, at, m, m.name);
  }
  for (const m of files.filter(isScript)) {
    const [tree, at] = dataTarget(m);
    if (isEntryPointWrapper(path50.posix.basename(at), eps)) continue;
    place(tree, at, m, m.name);
    const fixed = finalScriptBytes(readMember(m), true);
    if (fixed) tree.get(at).data = fixed;
  }
  const specs2 = [...consoleScriptSpecs(eps.console, pipPython), ...eps.gui];
  for (const [name, value] of specs2) {
    if (!name || name === "." || name === ".." || /[/\\\0]/.test(name)) {
      throw new UserError(`${wheel}: entry point "${name}" in entry_points.txt is not a file name; pip would write it outside bin/. Fix or drop that wheel.`);
    }
    const at = `bin/${name}`;
    home.delete(at);
    home.set(at, { wheel, mode: EXEC_MODE, data: Buffer.from(entryPointScript(name, value, wheel, template)) });
    installedFrom.delete(`../../${at}`);
  }
  const recordText = text("RECORD") ?? "";
  const record2 = recordText.split(/\r?\n/).filter(Boolean).map(parseCsvLine);
  const id = `${distName}-${version}`;
  return { lib, home, distInfo: info, id, record: record2, installedFrom };
}
function makeRecord(w, finalLib, finalHome, extra) {
  const byOld = new Map(w.record.map((r) => [r[0], r]));
  const rows = [];
  for (const [installed2, recordPath] of w.installedFrom) {
    const placed = installed2.startsWith("../../") ? finalHome.get(installed2.slice(6)) : finalLib.get(installed2);
    const old = byOld.get(recordPath);
    byOld.delete(recordPath);
    if (placed?.data) rows.push([installed2, recordHash(placed.data), String(placed.data.length)]);
    else rows.push([installed2, old?.[1] ?? "", old?.[2] ?? ""]);
  }
  for (const [p, r] of byOld) rows.push([p, r[1] ?? "", r[2] ?? ""]);
  for (const [at, p] of finalHome) if (p.wheel === w.id && p.data && !w.installedFrom.has(`../../${at}`)) rows.push([`../../${at}`, recordHash(p.data), String(p.data.length)]);
  for (const [name, data] of extra) rows.push([`${w.distInfo}/${name}`, recordHash(data), String(data.length)]);
  rows.push([`${w.distInfo}/RECORD`, "", ""]);
  const lines = rows.map((r) => r.map(csvField).join(","));
  return Buffer.from([...new Set(lines)].sort().map((l) => `${l}\r
`).join(""));
}
async function layoutWheels(wheels, opts) {
  const pipPython = opts.pipPython ?? "3";
  const lib = /* @__PURE__ */ new Map();
  const home = /* @__PURE__ */ new Map();
  const overwritten = [];
  const done = [];
  const merge = (into, from, wheelId) => {
    for (const [at, p] of from) {
      const before = into.get(at);
      if (before) overwritten.push({ path: at, from: before.wheel, by: wheelId });
      into.set(at, { ...p, wheel: wheelId });
    }
  };
  for (const input of wheels) {
    const w = await layoutWheel(input, pipPython, opts.scriptTemplate);
    merge(lib, w.lib, w.id);
    merge(home, w.home, w.id);
    done.push({ w, input });
  }
  for (const { w, input } of done) {
    const extra = /* @__PURE__ */ new Map([["INSTALLER", Buffer.from("pip\n")]]);
    if (input.requested) extra.set("REQUESTED", Buffer.alloc(0));
    for (const [name, data] of extra) lib.set(`${w.distInfo}/${name}`, { wheel: w.id, mode: FILE_MODE, data });
    lib.set(`${w.distInfo}/RECORD`, { wheel: w.id, mode: FILE_MODE, data: makeRecord(w, lib, home, extra) });
  }
  const libTops = new Set([...lib.keys()].map((k) => k.split("/", 1)[0]));
  const final = new Map(lib);
  const dropped = [];
  for (const [at, p] of home) {
    const top = at.split("/", 1)[0];
    if ("lib/python".startsWith(top) || libTops.has(top)) dropped.push(at);
    else final.set(at, p);
  }
  for (const [at, p] of final) {
    if (!/^bin\/[^/]+$/.test(at) || p.data) continue;
    const fixed = finalScriptBytes(readMember({ name: at, mode: 0, raw: p.raw }), false);
    if (fixed) p.data = fixed;
  }
  return { entries: toEntries(final, opts.prefix), installed: done.map((d) => d.w.id), overwritten, dropped };
}
function toEntries(files, prefix) {
  const pre = prefix && !prefix.endsWith("/") ? `${prefix}/` : prefix;
  const dirs = /* @__PURE__ */ new Set();
  const entries = [];
  if (pre) dirs.add(pre);
  for (const [at, p] of files) {
    if (isBytecode(at)) continue;
    const parts = at.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(`${pre}${parts.slice(0, i).join("/")}/`);
    entries.push(
      p.data ? { name: `${pre}${at}`, data: p.data, mode: p.mode, size: p.data.length } : { name: `${pre}${at}`, raw: p.raw, mode: p.mode, size: p.raw.usize }
    );
  }
  for (const d of dirs) entries.push({ name: d, mode: EXEC_MODE });
  const keyed = entries.map((e) => [Buffer.from(e.name), e]);
  keyed.sort((a, b) => Buffer.compare(a[0], b[0]));
  return keyed.map(([, e]) => e);
}

// src/pipeline/deps.ts
async function layout(set, prefix, log) {
  const inputs = set.wheels.map((w) => ({ file: w.file, requested: w.requested }));
  const out = await layoutWheels(inputs, { prefix, pipPython: set.pipPython, scriptTemplate: set.scriptTemplate });
  for (const o of out.overwritten) log.debug(`${o.path}: ${o.by} replaces the file ${o.from} ships (the later in pip's install order wins, as with pip --target)`);
  if (out.overwritten.length) log.info(`${out.overwritten.length} path(s) shipped by two distributions: the later one kept, as pip --target does.`);
  if (out.dropped.length) log.warning(`Left out, as pip --target leaves them out (a name the packages already use): ${out.dropped.join(", ")}`);
  const bin = `${prefix}bin/`;
  const scripts = out.entries.filter((e) => e.name.startsWith(bin) && !e.name.endsWith("/")).map((e) => e.name.slice(bin.length));
  return { entries: out.entries, installed: out.installed, scripts };
}
function fromSourceLine(built) {
  return built.map((b) => `${b.name} ${b.version} ${b.where.startsWith("runner") ? `on the ${b.where}` : `in ${b.where}`}, ${b.cached ? "built before (wheel cache)" : `${(b.durationMs / 1e3).toFixed(1)} s`}`).join("; ");
}
async function depsEntries(plan, scratch, log, timed, cache) {
  const source = depsOf(plan).source;
  const set = await log.group(`Installing ${source.shown} for ${plan.runtime}, Python ${plan.pythonVersion}`, async () => {
    log.info(source.summary);
    for (const w of source.warnings) log.warning(w, { file: shownPath(plan.workspace, source.path) || source.shown, title: "requirements" });
    const s = await cache.wheels(
      path51.join(scratch, "wheels"),
      (house, env, key) => timed("install", () => resolvePlanWheels(plan, log, { env, house, key, scratch: path51.join(scratch, "pip") }))
    );
    if (!pipSkipped(s)) {
      const how = s.how === "offline" ? "all from the wheel cache" : `${s.downloaded.length} downloaded`;
      log.info(`Resolved ${s.wheels.length} wheels in ${(s.durationMs / 1e3).toFixed(1)} s (${how}); nothing installed by pip: their entries are laid out as they are.`);
    } else if (s.how === "lock") {
      log.info(`Every wheel the lock pins is in the wheel cache (name, version and hash): pip did not run.`);
    }
    if (s.built?.length) log.info(`Built from source (no wheel for FC): ${fromSourceLine(s.built)}`);
    return s;
  });
  let install;
  const laid = async (prefix) => {
    const out = await layout(set, prefix, log);
    if (out.scripts.length) log.info(`Console scripts, with #!/usr/bin/env python3: ${out.scripts.join(", ")}`);
    if (!pipSkipped(set)) install = { installed: out.installed, scripts: out.scripts, durationMs: set.durationMs };
    return out.entries;
  };
  return {
    get install() {
      return install;
    },
    fromSource: set.built ?? [],
    entries: laid,
    async tree(dest) {
      const files = await writeTree(await laid(""), dest);
      log.info(`Wrote the dependencies' ${files} files to ${dest}, from the wheels.`);
      return dest;
    }
  };
}

// src/pipeline/code.ts
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
    const lines = (await fs34.readFile(e.source, "utf8")).split("\n");
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
function refuseClashes(sel, vendored) {
  const code = new Set(sel.entries.filter((e) => !e.name.endsWith("/")).map((e) => e.name));
  const clash = vendored.find((e) => !e.name.endsWith("/") && code.has(e.name));
  if (clash) {
    throw new UserError(
      `The dependencies go at the top of function.zip (nothing puts /code/python on PYTHONPATH), and ${clash.name} is both in the code folder and in a dependency. Remove the copy from the code folder (a pip install -t . left there?), or set PYTHONPATH=/code/python in the function's environment so that they go under python/.`,
      "include-deps"
    );
  }
}
async function buildCode(plan, scratch, log, timed, cache) {
  const wd = plan.workingDirectory;
  const rel = (p) => shownPath(plan.workspace, path52.join(wd, p)) || p;
  const sel = await log.group("Selecting files", async () => {
    const s = await timed("select", () => selectFiles(wd, plan.select));
    reportExclusions(s, log);
    return s;
  });
  await warnNeededEnv(sel, wd, rel, log);
  for (const r of await leftOutReads(sel)) {
    log.warning(findingLine(leftOutFinding({ ...r, rule: ruleWords(r.rule) })), { file: rel(r.file), line: r.line, title: "data-left-out" });
  }
  const depsInZip = plan.depsIn === "zip";
  const depsAsLayer = plan.depsIn === "layer";
  if (depsInZip && plan.depsPrefix && sel.entries.some((e) => e.name === "python/" || e.name.startsWith("python/"))) {
    throw new UserError(
      `working-directory already has a python/ folder, where include-deps puts the dependencies. Rename it, exclude it, or set include-deps: false.`,
      "include-deps"
    );
  }
  for (const n of plan.notices) log.notice(n.message, { title: n.input });
  if (plan.bootstrap) await enforceBootstrap(plan, plan.bootstrap, sel, plan.depsDirs, log);
  const deps = plan.install ? await depsEntries(plan, scratch, log, timed, cache) : void 0;
  const layerDir = depsAsLayer && deps ? await timed("install", () => deps.tree(path52.join(scratch, "deps", "python"))) : void 0;
  if (depsAsLayer && deps) log.info("include-deps is false: the dependencies are not in function.zip; verify mounts them at /opt/python, as a layer would be.");
  const file = path52.join(scratch, "out", plan.artifactName);
  const artifact = await log.group(
    `Assembling ${plan.artifactName}`,
    () => timed("assemble", async () => {
      const vendored = depsInZip && deps ? await deps.entries(plan.depsPrefix) : [];
      if (!plan.depsPrefix) refuseClashes(sel, vendored);
      return writeZip(sortEntries([...sel.entries, ...vendored]), file);
    })
  );
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  await timed(
    "doctor",
    () => doctorCheck(file, plan, log, {
      skip: SOURCE_CHECKED_CODES,
      // Code only: the deps arrive as a layer at /opt/python.
      layers: layerDir ? [{ dir: layerDir, mount: "/opt/python" }] : void 0
    })
  );
  let verify;
  let smoke;
  const v = plan.verify;
  if (v) {
    await log.group("Verifying like FC", async () => {
      const run2 = plan.run;
      const envDir = path52.join(scratch, "env");
      const pyEnv = await functionEnv(run2, plan.port, envDir, "python");
      const startEnv = await functionEnv(run2, plan.port, envDir, "start");
      try {
        await withVerifyTree(file, path52.join(scratch, "verify"), "code", log, async (tree) => {
          const codeDir = tree.dir;
          const unpacked = tree.ready;
          const layerMount = layerDir ? ["-v", `${path52.dirname(layerDir)}:/opt:ro`] : [];
          log.info(`Imports as ${run2 ? run2.shown : "the function"} would run them, with ${pyEnv.describe}`);
          const sp = plan.smoke;
          const prepared = sp && run2 ? prepareSmoke(
            {
              image: v.image,
              port: sp.port,
              path: sp.path,
              timeoutSec: sp.timeoutSec,
              mountArgs: [...layerMount, ...startEnv.args],
              copyIn: { from: codeDir, to: CODE_DIR2 },
              entrypoint: run2.start.kind === "bootstrap" ? `${CODE_DIR2}/${run2.start.file}` : run2.start.argv[0],
              command: run2.start.kind === "command" ? run2.start.argv.slice(1) : void 0,
              shown: run2.start.kind === "bootstrap" ? void 0 : `${run2.start.argv.join(" ")} (${run2.shown})`,
              readOnly: false
            },
            unpacked
          ) : void 0;
          prepared?.catch(() => void 0);
          try {
            verify = await timed(
              "verify",
              () => checkImports(
                v,
                {
                  mountArgs: ["--read-only", "--tmpfs", "/tmp", "-v", `${codeDir}:${CODE_DIR2}:ro`, ...layerMount, ...pyEnv.args],
                  where: `function.zip (PYTHONPATH=${run2?.pythonPath.join(":") || "unset"})`,
                  ready: unpacked,
                  mustSee: tree.sample && `${CODE_DIR2}/${tree.sample}`,
                  interpreter: run2?.interpreter
                },
                log
              )
            );
          } catch (e) {
            await prepared?.then(discardSmoke, () => void 0);
            throw e;
          }
          if (prepared) smoke = await timed("smoke", async () => runSmoke(await prepared, log));
        });
      } finally {
        await Promise.all([pyEnv.dispose(), startEnv.dispose()]);
      }
    });
  }
  return { artifact, install: deps?.install, fromSource: deps?.fromSource, verify, smoke, leftOut: sel.rules };
}

// src/pipeline/image.ts
import { createReadStream as createReadStream3, createWriteStream as createWriteStream2 } from "node:fs";
import fs36 from "node:fs/promises";
import path55 from "node:path";
import { pipeline as pipeline3 } from "node:stream/promises";
import { createGzip } from "node:zlib";

// src/assemble/dockerfile.ts
import fs35 from "node:fs/promises";
import path53 from "node:path";
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
    ...opts.deps ? [`COPY python/ ${LAYER_PYTHON_DIR}/`] : [],
    `COPY code/ ${CODE_DIR2}/`,
    `ENV PYTHONPATH=${LAYER_PYTHON_DIR} FC_FUNC_CODE_PATH=${CODE_DIR2}`,
    `WORKDIR ${CODE_DIR2}`,
    `EXPOSE ${opts.port}`,
    `CMD ${JSON.stringify("bootstrap" in opts.start ? [`./${opts.start.bootstrap}`] : opts.start.command)}`,
    ""
  ].join("\n");
}
async function materialize(sel, dest) {
  for (const e of sel.entries) {
    const target = path53.join(dest, e.name);
    if (e.name.endsWith("/")) {
      await fs35.mkdir(target, { recursive: true });
      continue;
    }
    await fs35.mkdir(path53.dirname(target), { recursive: true });
    if (e.data) await fs35.writeFile(target, e.data);
    else await fs35.copyFile(e.source, target);
    await fs35.chmod(target, e.mode);
  }
}
var PIP_CONF_SECRET = "pip.conf";
function indexHandoff(text, index, hasCredentials2) {
  const declares = (arg) => new RegExp(`^\\s*ARG\\s+${arg}(\\s|=|$)`, "m").test(text);
  const mounts = /^\s*RUN\b[^\n]*--mount=(?=\S*type=secret)(?=\S*\bid=pip\.conf(?:,|\s|$))/im.test(text);
  const urls = [...index.url ? [index.url] : [], ...index.extra];
  const secret = mounts && urls.length ? ["[global]", ...index.url ? [`index-url = ${index.url}`] : [], ...index.extra.length ? [`extra-index-url = ${index.extra.join(" ")}`] : [], ""].join("\n") : void 0;
  const wanted = [];
  if (index.url && declares("PIP_INDEX_URL")) wanted.push(["PIP_INDEX_URL", index.url]);
  if (index.extra.length && declares("PIP_EXTRA_INDEX_URL")) wanted.push(["PIP_EXTRA_INDEX_URL", index.extra.join(" ")]);
  const secretUrls = urls.some(hasCredentials2);
  if (secretUrls && wanted.length && !mounts) {
    throw new UserError(
      `index-url carries credentials, and the Dockerfile takes it as ARG ${wanted.map(([k]) => k).join(" and ARG ")}: docker records build arguments in the image's history (docker history, the saved tar), so they would ship with the image. Read the index from the build secret instead (BuildKit): RUN --mount=type=secret,id=${PIP_CONF_SECRET},target=/etc/pip.conf pip install ..., and drop the ARG.`,
      "index-url"
    );
  }
  return { buildArgs: secretUrls ? [] : wanted, secret, buildkit: mounts };
}

// src/verify/saved-image.ts
import path54 from "node:path";
async function checkSavedImage(file, tag) {
  const { entries, files } = await readTar(file, (n) => n === "manifest.json", { hash: true });
  const manifestBuf = files.get("manifest.json");
  if (!manifestBuf) throw new UserError(`The saved image ${path54.basename(file)} has no manifest.json: docker save did not finish.`);
  const manifest = JSON.parse(manifestBuf.toString("utf8"));
  const m = manifest.find((x) => (x.RepoTags ?? []).includes(tag) || (x.RepoTags ?? []).includes(`docker.io/library/${tag}`));
  if (!m) throw new UserError(`The saved image's manifest does not carry the tag ${tag} (it has ${manifest.flatMap((x) => x.RepoTags ?? []).join(", ") || "none"}).`);
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const blob of [m.Config, ...m.Layers]) {
    const e = byName.get(blob);
    if (!e) throw new UserError(`The saved image is incomplete: ${blob} is missing from ${path54.basename(file)}.`);
    const digest = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(blob)?.[1];
    if (digest && e.sha256 !== digest) throw new UserError(`The saved image is corrupt: ${blob} does not match its digest.`);
  }
  return { layers: m.Layers.length };
}

// src/pipeline/image.ts
async function buildImage(plan, scratch, log, timed, cache) {
  const wd = plan.workingDirectory;
  await ensureDocker("target: image", "Start Docker on the runner (ubuntu-latest has it).");
  const context = path55.join(scratch, "context");
  await fs36.mkdir(context, { recursive: true });
  const sel = await timed("select", () => selectFiles(wd, plan.select));
  const buildArgs = [...plan.buildArgs];
  let dockerfileInContext;
  let install;
  let fromSource;
  let network = [];
  let buildkit = [];
  let secretDir;
  const df = plan.dockerfile;
  if (df.kind === "given") {
    const text = await fs36.readFile(df.path, "utf8");
    const selected2 = new Set(sel.entries.map((e) => e.name.replace(/\/$/, "")));
    for (const { line, source } of copySources(parseDockerfile(text))) {
      if (source === "." || selected2.has(source)) continue;
      const excluded = sel.excludedFiles.some((p) => p === source || source.startsWith(`${p}/`));
      const why = excluded ? "is left out of the build context (the same exclusions as function.zip: defaults, .fcignore, exclude)" : "does not exist in working-directory";
      log.error(`${df.shown}:${line}: COPY source ${source} ${why}`, { file: df.shown, line, title: "dockerfile-copy" });
      throw new UserError(`${df.shown}:${line} copies ${source}, which ${why}. Fix the path, or stop excluding it.`, "dockerfile");
    }
    await materialize(sel, context);
    dockerfileInContext = path55.join(context, ".fc-python-pack.Dockerfile");
    await fs36.writeFile(dockerfileInContext, text);
    const handoff = indexHandoff(text, plan.index, hasCredentials);
    buildArgs.push(...handoff.buildArgs);
    if (handoff.buildkit) {
      const buildx = await docker(["buildx", "version"], { timeoutMs: 3e4 });
      if (buildx.code !== 0) {
        throw new UserError(`${df.shown} mounts a build secret (RUN --mount=type=secret), which needs BuildKit, and this docker has no buildx plugin. Install docker's buildx plugin on the runner (ubuntu-latest has it).`, "dockerfile");
      }
      buildkit = ["--progress", "plain"];
      if (handoff.secret) {
        secretDir = await fs36.mkdtemp(path55.join(scratch, "secret-"));
        await fs36.chmod(secretDir, 448);
        const conf = path55.join(secretDir, PIP_CONF_SECRET);
        await fs36.writeFile(conf, handoff.secret, { mode: 384 });
        buildkit.push("--secret", `id=${PIP_CONF_SECRET},src=${conf}`);
      }
    }
    log.info(`Building with ${df.rel} (context: working-directory without the excluded files)`);
  } else {
    if ("file" in df.start) await enforceBootstrap(plan, df.start, sel, [], log);
    await ensureImage(df.baseImage, "base-image", "Set base-image to an image with python3 that is present or can be pulled.");
    if (plan.install) {
      const want = path55.join(context, "python");
      const deps = await depsEntries(plan, scratch, log, timed, cache);
      await timed("install", () => deps.tree(want));
      install = deps.install;
      fromSource = deps.fromSource;
    }
    await materialize(sel, path55.join(context, "code"));
    dockerfileInContext = path55.join(context, "Dockerfile");
    const text = generatedDockerfile({ base: df.baseImage, deps: !!plan.install, port: plan.port, start: "file" in df.start ? { bootstrap: df.start.file } : { command: df.start.command } });
    await fs36.writeFile(dockerfileInContext, text);
    network = ["--network", "none"];
    log.info(`No ${df.missing}: generated one from ${df.baseImage}:
${text}`);
  }
  const args = [
    "build",
    // A failed step leaves no stopped container behind (the classic builder keeps it otherwise).
    "--force-rm",
    "--platform",
    "linux/amd64",
    ...network,
    ...buildkit,
    "-t",
    plan.tag,
    "-f",
    dockerfileInContext,
    ...buildArgs.flatMap(([k, v2]) => ["--build-arg", `${k}=${v2}`]),
    context
  ];
  const env = { ...process.env, ...buildkit.length ? { DOCKER_BUILDKIT: "1" } : {} };
  const built = await log.group(`docker build -t ${plan.tag}`, () => timed("build", () => docker(args, { onLine: (l) => log.info(redactUrl(l)), env, timeoutMs: buildTimeoutMs() }))).finally(() => secretDir ? fs36.rm(secretDir, { recursive: true, force: true }) : void 0);
  if (built.timedOut) {
    throw new UserError(`docker build did not finish within ${shownTimeout(buildTimeoutMs())} (FC_PYTHON_PACK_BUILD_TIMEOUT); its last output:
${redactUrl(tail(`${built.stdout}
${built.stderr}`, 10))}`, "dockerfile");
  }
  if (built.code !== 0) {
    throw new UserError(`docker build failed (exit ${built.code}); the failing step's output:
${redactUrl(tail(`${built.stdout}
${built.stderr}`, 25))}`, "dockerfile");
  }
  const inspect = await docker(["image", "inspect", "--format", "{{json .}}", plan.tag]);
  const info = JSON.parse(inspect.stdout);
  const platform = `${info.Os}/${info.Architecture}`;
  if (platform !== "linux/amd64") {
    throw new UserError(`The image was built for ${platform}, but FC runs linux/amd64 only. Use a linux/amd64 base image (FROM --platform=linux/amd64 ...).`, "dockerfile");
  }
  if (sizeVerdict("image", void 0, info.Size).level !== "ok") {
    log.warning(`The image is ${formatBytes(info.Size)} uncompressed, past FC's 10 GB limit for custom-container images.`);
  }
  const file = path55.join(scratch, "out", plan.artifactName);
  await fs36.mkdir(path55.dirname(file), { recursive: true });
  const saved = await timed("save", async () => {
    const tarPath = plan.compression === "gzip" ? path55.join(scratch, "image.tar") : file;
    const res = await docker(["save", "-o", tarPath, plan.tag]);
    if (res.code !== 0) throw new UserError(`docker save failed: ${tail(res.stderr, 3)}`);
    if (plan.compression === "gzip") await pipeline3(createReadStream3(tarPath), createGzip({ level: 6 }), createWriteStream2(file));
    return hashFile(file);
  });
  const image = {
    tag: plan.tag,
    id: info.Id,
    size: info.Size,
    layers: info.RootFS.Layers?.length ?? 0,
    platform,
    generatedDockerfile: df.kind === "generated"
  };
  log.info(`${plan.tag} (${info.Id.slice(7, 19)}): ${formatBytes(info.Size)} uncompressed, ${image.layers} layers; saved to ${plan.artifactName}, ${formatBytes(saved.size)}`);
  await timed("doctor", () => doctorCheck(file, plan, log));
  let verify;
  let smoke;
  const v = plan.verify;
  if (v) {
    await log.group("Verifying like FC", async () => {
      const { layers } = await timed("verify", () => checkSavedImage(file, plan.tag));
      log.info(`  the saved tar is complete: manifest tagged ${plan.tag}, config and ${layers} layers match their digests`);
      verify = await timed(
        "verify",
        () => checkImports(v, { mountArgs: [], where: `the image ${plan.tag}`, requireVersion: false }, log)
      );
      const sp = plan.smoke;
      if (sp) {
        smoke = await timed("smoke", () => smokeTest({ image: plan.tag, port: sp.port, path: sp.path, timeoutSec: sp.timeoutSec, mountArgs: [], readOnly: false }, log));
      }
    });
  }
  const artifact = { path: file, size: saved.size, sha256: saved.sha256, entries: image.layers, unpackedSize: info.Size };
  return { artifact, install, fromSource, verify, smoke, image };
}

// src/pipeline/layer.ts
import path56 from "node:path";
async function buildLayer(plan, scratch, log, timed, cache) {
  for (const n of plan.notices) log.notice(n.message, { title: n.input });
  const deps = await depsEntries(plan, scratch, log, timed, cache);
  const file = path56.join(scratch, "out", plan.artifactName);
  const artifact = await log.group(`Assembling ${plan.artifactName}`, () => timed("assemble", async () => writeZip(await deps.entries("python/"), file)));
  const install = deps.install;
  log.info(`${plan.artifactName}: ${artifact.entries} entries, ${artifact.size} bytes (${artifact.unpackedSize} unpacked), sha256 ${artifact.sha256}`);
  await timed("doctor", () => doctorCheck(file, plan, log, { skip: /* @__PURE__ */ new Set(["bootstrap-no-pythonpath"]) }));
  const v = plan.verify;
  const verify = v ? await log.group(
    "Verifying like FC",
    () => timed(
      "verify",
      () => verifyLayer(file, v, path56.join(scratch, "verify"), log, plan.run?.entry || plan.run?.server ? { run: plan.run, codeDir: plan.workingDirectory, port: plan.port } : void 0)
    )
  ) : void 0;
  return { artifact, install, fromSource: deps.fromSource, verify };
}

// src/pipeline/build.ts
async function moveInto(src, dest) {
  const dir = path57.dirname(dest);
  await fs37.mkdir(dir, { recursive: true });
  const tmp = `${dest}.partial-${process.pid}`;
  const forget = removeOnCancel(tmp);
  try {
    try {
      await fs37.rename(src, tmp);
    } catch {
      await fs37.copyFile(src, tmp);
    }
    await fs37.rename(tmp, dest);
  } catch (e) {
    await fs37.rm(tmp, { force: true });
    const code = e.code;
    if (code === "ENOSPC" || code === "EDQUOT") {
      const size = (await fs37.stat(src)).size;
      const st = await fs37.statfs(dir).catch(() => void 0);
      const free = st ? `${formatBytes(st.bavail * st.bsize)} free` : "no room left";
      throw new UserError(`output-dir ${dir} is full: ${free}, and ${path57.basename(dest)} is ${formatBytes(size)}. Free some space there, or set output-dir to a folder with room.`, "output-dir");
    }
    if (code) throw new UserError(`Cannot write ${path57.basename(dest)} into output-dir ${dir} (${code}). Set output-dir to a folder this user can write.`, "output-dir");
    throw e;
  } finally {
    forget();
  }
}
async function build(plan, log) {
  for (const w of plan.warnings) log.warning(w.message, { title: w.input });
  const timings = {};
  const timed = async (stage, fn) => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + Date.now() - t;
    }
  };
  const v = plan.verify;
  if (v && plan.target !== "image") await timed("preflight", () => preflightVerify(v));
  const cache = await createDepsCache(plan, log, { enabled: !!plan.cache, prefix: plan.cache?.prefix, timed });
  const tmpRoot = process.env.RUNNER_TEMP || os9.tmpdir();
  const scratch = await fs37.mkdir(tmpRoot, { recursive: true }).then(() => fs37.mkdtemp(path57.join(tmpRoot, "fcpp-"))).catch((e) => {
    throw new UserError(`Cannot use the temp folder ${tmpRoot} (${e.code}): set RUNNER_TEMP (or TMPDIR) to a folder this user can write.`);
  });
  const forgetScratch = removeOnCancel(scratch);
  try {
    let built;
    switch (plan.target) {
      case "layer":
        built = await buildLayer(plan, scratch, log, timed, cache);
        break;
      case "code":
        built = await buildCode(plan, scratch, log, timed, cache);
        break;
      case "image":
        built = await buildImage(plan, scratch, log, timed, cache);
        break;
    }
    await moveInto(built.artifact.path, plan.artifactPath);
    await cache.save();
    return { plan, ...built, artifact: { ...built.artifact, path: plan.artifactPath }, cacheHit: cache.active ? cache.hit : void 0, timings };
  } finally {
    await fs37.rm(scratch, { recursive: true, force: true });
    forgetScratch();
  }
}

// src/publish/upload.ts
import fs38 from "node:fs/promises";
import os10 from "node:os";
import path58 from "node:path";
function artifactExtension(file) {
  const base = path58.basename(file);
  const m = /(\.tar\.[a-z0-9]+|\.[A-Za-z0-9]+)$/.exec(base);
  return m ? m[1] : "";
}
function storedArtifactName(name, file) {
  const ext = artifactExtension(file);
  return ext && !name.toLowerCase().endsWith(ext.toLowerCase()) ? `${name}${ext}` : name;
}
function artifactUrl(id, env = process.env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return `${server}/${env.GITHUB_REPOSITORY ?? ""}/actions/runs/${env.GITHUB_RUN_ID ?? ""}/artifacts/${id}`;
}
function uploadUnavailableReason(env = process.env) {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return "not running in a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)";
  const host = (() => {
    try {
      return new URL(env.GITHUB_SERVER_URL || "https://github.com").hostname.toLowerCase();
    } catch {
      return "";
    }
  })();
  const cloud = host === "github.com" || host.endsWith(".ghe.com") || host.endsWith(".ghe.localhost");
  if (!cloud) return `GitHub Enterprise Server (${host}) does not support artifact uploads from @actions/artifact v2+`;
  return void 0;
}
async function linkOrCopy(file, dest) {
  try {
    await fs38.link(file, dest);
  } catch {
    await fs38.copyFile(file, dest);
  }
}
async function uploadArtifact(file, opts, log) {
  const abs = path58.resolve(file);
  const stat5 = await fs38.stat(abs).catch(() => void 0);
  if (!stat5?.isFile()) throw new UserError(`Cannot upload ${abs}: it is not a file.`);
  const name = storedArtifactName(parseArtifactName(opts.name), abs);
  const dir = await fs38.mkdtemp(path58.join(process.env.RUNNER_TEMP || os10.tmpdir(), "fcpp-upload-"));
  const forget = removeOnCancel(dir);
  try {
    const staged = path58.join(dir, name);
    await linkOrCopy(abs, staged);
    log.info(`Uploading ${path58.basename(abs)} as the artifact ${name} (${stat5.size} bytes, not zipped again)`);
    let res;
    try {
      const { DefaultArtifactClient } = await import("./artifact-44GPIRKN.mjs");
      res = await new DefaultArtifactClient().uploadArtifact(name, [staged], dir, {
        skipArchive: true,
        ...opts.retentionDays ? { retentionDays: opts.retentionDays } : {}
      });
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0].trim();
      const hint = /already exists/i.test(msg) ? " Another job of this run uploaded an artifact with that name: give each job its own artifact-name (e.g. with the matrix values in it)." : "";
      throw new UserError(`Uploading the artifact ${name} failed: ${msg}.${hint} The built file stays at ${abs}; set upload: false to skip the upload.`, "upload");
    }
    if (res.id === void 0) throw new UserError(`Uploading the artifact ${name} failed: the service returned no artifact id. The built file stays at ${abs}.`, "upload");
    const digest = res.digest ?? (await hashFile(abs)).sha256;
    const result = { id: res.id, url: artifactUrl(res.id), name, size: res.size ?? stat5.size, digest };
    log.info(`Artifact ${name} (id ${result.id}): ${result.url}`);
    return result;
  } finally {
    await fs38.rm(dir, { recursive: true, force: true }).catch(() => void 0);
    forget();
  }
}
function uploadOutputs(u) {
  return u ? { "artifact-id": String(u.id), "artifact-url": u.url, "artifact-name": u.name } : {};
}

// src/publish/publish.ts
async function publish(result, log) {
  const up = result.plan.upload;
  if (!up.upload) return { uploadSkipped: up.skipped };
  const reason = uploadUnavailableReason();
  if (reason) {
    log.info(`Upload skipped: ${reason}.`);
    return { uploadSkipped: reason };
  }
  const upload = await uploadArtifact(
    result.artifact.path,
    { name: up.name, retentionDays: up.retentionDays },
    log
  );
  return { upload };
}
function outputsOf(result, published = {}) {
  return {
    "artifact-path": result.artifact.path,
    sha256: result.artifact.sha256,
    size: String(result.artifact.size),
    "cache-hit": result.cacheHit ?? "false",
    ...result.image ? { image: result.image.tag, "image-id": result.image.id } : {},
    ...uploadOutputs(published.upload)
  };
}
function summaryLines(result) {
  const a = result.artifact;
  const lines = [
    `artifact: ${a.path}`,
    `size: ${a.size} bytes (${formatBytes(a.size)}; ${formatBytes(a.unpackedSize)} unpacked), ${a.entries} ${result.image ? "layers" : "entries"}`,
    `sha256: ${a.sha256}`
  ];
  if (result.plan.install) lines.push(`requirements: ${result.plan.install.source.summary}`);
  const p = result.plan;
  if ((p.target === "code" || p.target === "layer") && p.run) {
    const start = p.run.start.kind === "bootstrap" ? p.run.start.file : `${p.run.start.argv.join(" ")} (${p.run.shown})`;
    const deps = p.target === "layer" ? "the dependencies at /opt/python" : p.depsIn === "zip" ? `the dependencies ${p.depsPrefix ? "under python/" : "at the top of function.zip"}` : p.depsIn === "layer" ? "the dependencies from a layer" : "no dependencies";
    lines.push(`start: ${start}, ${deps}`);
  }
  if (result.cacheHit) lines.push(`cache-hit: ${result.cacheHit}`);
  if (result.verify) {
    lines.push(
      `verified in ${result.verify.image} (Python ${result.verify.python}): ` + result.verify.imports.map((i) => `${i.module} ${i.version ?? ""}`.trim()).join(", ") + (result.smoke ? `; ${result.plan.target === "layer" ? "/" : result.plan.smoke?.path} answered ${result.smoke.status}` : "")
    );
  }
  return lines;
}

// src/publish/deploy/deploy.ts
import fs40 from "node:fs/promises";

// src/publish/deploy/credentials.ts
import fs39 from "node:fs/promises";
import os11 from "node:os";
import path59 from "node:path";

// src/publish/deploy/cjs.ts
function levels(mod) {
  const out = [];
  let cur = mod;
  for (let i = 0; i < 3 && cur && (typeof cur === "object" || typeof cur === "function"); i++) {
    out.push(cur);
    cur = cur.default;
  }
  return out;
}
function cjsNamed(mod, name) {
  const found = levels(mod).find((l) => typeof l[name] === "function");
  if (!found) throw new Error(`the SDK module has no export ${name}`);
  return found[name];
}
function cjsDefaultClass(mod) {
  const found = levels(mod).slice(1).find((l) => typeof l === "function");
  if (!found) throw new Error("the SDK module exports no class");
  return found;
}

// src/publish/deploy/credentials.ts
var OIDC_AUDIENCE = "sts.aliyuncs.com";
function redact(text, secrets) {
  let t = text;
  for (const s of secrets) if (s && s.length >= 4) t = t.split(s).join("***");
  return t;
}
function fromEnvironment(env, hooks) {
  const id = env.ALIBABA_CLOUD_ACCESS_KEY_ID?.trim();
  const secret = env.ALIBABA_CLOUD_ACCESS_KEY_SECRET?.trim();
  const token = env.ALIBABA_CLOUD_SECURITY_TOKEN?.trim() || void 0;
  if (!id || !secret) {
    throw new UserError(
      "Input deploy: no credentials. Give role-arn and oidc-provider-arn (keyless: GitHub OIDC to a RAM role, with permissions: id-token: write), or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN) in the step's env, e.g. with aliyun/configure-aliyun-credentials-action.",
      "role-arn"
    );
  }
  hooks.mask(secret);
  if (token) hooks.mask(token);
  return { accessKeyId: id, accessKeySecret: secret, securityToken: token, source: token ? "STS token from the environment" : "AccessKey from the environment" };
}
async function fromOidc(c, sts, env, hooks) {
  if (!hooks.getIDToken || !env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new UserError(
      "Input role-arn: GitHub gives this job no OIDC token. Add `permissions: id-token: write` to the job (or the workflow); a workflow run from a fork's pull request never gets one.",
      "role-arn"
    );
  }
  let idToken;
  try {
    idToken = await hooks.getIDToken(OIDC_AUDIENCE);
  } catch (e) {
    throw new UserError(`Input role-arn: asking GitHub for an OIDC token (audience ${OIDC_AUDIENCE}) failed: ${errorMessage(e)}. Check the job's permissions: id-token: write.`, "role-arn");
  }
  hooks.mask(idToken);
  const tmpRoot = env.RUNNER_TEMP || os11.tmpdir();
  const dir = await fs39.mkdtemp(path59.join(tmpRoot, "fcpp-oidc-"));
  const file = path59.join(dir, "token");
  try {
    await fs39.writeFile(file, idToken, { mode: 384 });
    const OIDCRoleArnCredentialsProvider = cjsNamed(await import("./client-VKNKUCHE.mjs"), "OIDCRoleArnCredentialsProvider");
    const provider = OIDCRoleArnCredentialsProvider.builder().withRoleArn(c.roleArn).withOIDCProviderArn(c.oidcProviderArn).withOIDCTokenFilePath(file).withRoleSessionName(`fc-python-pack-${(env.GITHUB_RUN_ID ?? String(Date.now())).slice(0, 20)}`).withDurationSeconds(900).withStsEndpoint(sts.host).build();
    let got;
    try {
      got = await provider.getCredentials();
    } catch (e) {
      throw new UserError(
        `Input role-arn: STS (${sts.url}) refused to exchange GitHub's OIDC token for ${c.roleArn}: ${redact(errorMessage(e), [idToken])}. Check that the role trusts ${c.oidcProviderArn}, that the provider's client ID is ${OIDC_AUDIENCE}, and the role's conditions (repository, branch).`,
        "role-arn"
      );
    }
    hooks.mask(got.accessKeySecret);
    hooks.mask(got.securityToken);
    return { accessKeyId: got.accessKeyId, accessKeySecret: got.accessKeySecret, securityToken: got.securityToken, source: `OIDC, role ${c.roleArn}` };
  } finally {
    await fs39.rm(dir, { recursive: true, force: true });
  }
}
async function credentialsFor(plan, sts, env, hooks) {
  return plan.credentials.kind === "oidc" ? fromOidc(plan.credentials, sts, env, hooks) : fromEnvironment(env, hooks);
}

// src/publish/deploy/endpoints.ts
import net from "node:net";
var isLoopback2 = (hostname) => {
  const h = hostname.replace(/^\[|\]$/g, "");
  if (h === "localhost") return true;
  if (net.isIPv4(h)) return h.startsWith("127.");
  return h === "::1";
};
function parseEndpoint(variable, value) {
  const v = value.trim().replace(/\/+$/, "");
  const withScheme = /^[a-z]+:\/\//i.test(v) ? v : `https://${v}`;
  let u;
  try {
    u = new URL(withScheme);
  } catch {
    throw new UserError(`${variable} is not an endpoint: "${value}". Give https://host[:port] (http:// only for a loopback address).`, variable);
  }
  if (u.pathname !== "/" || u.search || u.username || u.password) {
    throw new UserError(`${variable} must be only a scheme, host and port (no path, query or credentials); got "${value}".`, variable);
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") throw new UserError(`${variable}: ${u.protocol} is not http or https.`, variable);
  if (u.protocol === "http:" && !isLoopback2(u.hostname)) {
    throw new UserError(`${variable}: http:// is accepted only for a loopback address (127.0.0.1, ::1, localhost); ${u.host} must use https://, or requests and their signatures would travel in clear text.`, variable);
  }
  const protocol = u.protocol === "http:" ? "http" : "https";
  return { protocol, host: u.host, url: `${protocol}://${u.host}` };
}
var FC_REGION_HOST = /* @__PURE__ */ new Set(["me-central-1", "cn-hangzhou-finance", "cn-shanghai-finance-1", "cn-heyuan-acdr-1"]);
function endpointsFor(region, env) {
  const pick = (variable, dflt) => env[variable]?.trim() ? parseEndpoint(variable, env[variable]) : parseEndpoint(variable, `https://${dflt}`);
  const sts = pick("FC_PYTHON_PACK_STS_ENDPOINT", `sts.${region}.aliyuncs.com`);
  if (sts.protocol !== "https") {
    throw new UserError(`FC_PYTHON_PACK_STS_ENDPOINT must be https:// (the OIDC exchange with STS only speaks HTTPS); got ${sts.url}.`, "FC_PYTHON_PACK_STS_ENDPOINT");
  }
  return {
    fc: pick("FC_PYTHON_PACK_FC_ENDPOINT", FC_REGION_HOST.has(region) ? `${region}.fc.aliyuncs.com` : `fcv3.${region}.aliyuncs.com`),
    sts,
    oss: pick("FC_PYTHON_PACK_OSS_ENDPOINT", `oss-${region}.aliyuncs.com`)
  };
}

// src/publish/deploy/fc.ts
function describeError(op, e, secrets) {
  const err = e ?? {};
  const msg = err.data?.message ?? err.data?.Message ?? (errorMessage(e).split("\n")[0] || "no answer");
  const parts = [err.statusCode ? `HTTP ${err.statusCode}` : void 0, err.code, msg].filter(Boolean);
  const hint = err.statusCode === 403 ? `: the credentials may not ${op} (give the RAM role or user fc:${op} on the function or layer)` : "";
  return redact(`${op} failed: ${parts.join(", ")}${err.data?.requestId ? ` (request ${err.data.requestId})` : ""}${hint}`, secrets);
}
var FcCallError = class extends UserError {
  constructor(op, statusCode, fcCode, message) {
    super(message, "deploy");
    this.op = op;
    this.statusCode = statusCode;
    this.fcCode = fcCode;
  }
  op;
  statusCode;
  fcCode;
};
async function fcClient(endpoint, region, creds) {
  const mod = await import("./client-RGO4G24J.mjs");
  const Client = cjsDefaultClass(mod);
  const fc = {
    InputCodeLocation: cjsNamed(mod, "InputCodeLocation"),
    GetFunctionRequest: cjsNamed(mod, "GetFunctionRequest"),
    CreateLayerVersionRequest: cjsNamed(mod, "CreateLayerVersionRequest"),
    CreateLayerVersionInput: cjsNamed(mod, "CreateLayerVersionInput"),
    UpdateFunctionInput: cjsNamed(mod, "UpdateFunctionInput"),
    UpdateFunctionRequest: cjsNamed(mod, "UpdateFunctionRequest"),
    CustomContainerConfig: cjsNamed(mod, "CustomContainerConfig"),
    PublishFunctionVersionRequest: cjsNamed(mod, "PublishFunctionVersionRequest"),
    PublishVersionInput: cjsNamed(mod, "PublishVersionInput"),
    UpdateAliasRequest: cjsNamed(mod, "UpdateAliasRequest"),
    UpdateAliasInput: cjsNamed(mod, "UpdateAliasInput"),
    CreateAliasRequest: cjsNamed(mod, "CreateAliasRequest"),
    CreateAliasInput: cjsNamed(mod, "CreateAliasInput")
  };
  const client = new Client({
    accessKeyId: creds.accessKeyId,
    accessKeySecret: creds.accessKeySecret,
    securityToken: creds.securityToken,
    endpoint: endpoint.host,
    protocol: endpoint.protocol,
    regionId: region,
    readTimeout: 12e4,
    connectTimeout: 1e4
  });
  const secrets = [creds.accessKeySecret, creds.securityToken];
  const call = async (op, fn) => {
    try {
      return await fn();
    } catch (e) {
      const err = e ?? {};
      throw new FcCallError(op, err.statusCode, err.code ?? err.data?.code, describeError(op, e, secrets));
    }
  };
  const location = (c) => new fc.InputCodeLocation(c);
  const asFunction = (f) => ({
    runtime: f?.runtime,
    layers: (f?.layers ?? []).map((l) => l.arn).filter((a) => !!a),
    functionArn: f?.functionArn,
    codeChecksum: f?.codeChecksum
  });
  return {
    async getFunction(name) {
      try {
        const r = await client.getFunction(name, new fc.GetFunctionRequest({}));
        return asFunction(r.body);
      } catch (e) {
        const err = e ?? {};
        if (err.statusCode === 404) return void 0;
        throw new FcCallError("GetFunction", err.statusCode, err.code, describeError("GetFunction", e, secrets));
      }
    },
    createLayerVersion: (layer, code, runtime, description) => call("CreateLayerVersion", async () => {
      const r = await client.createLayerVersion(layer, new fc.CreateLayerVersionRequest({ body: new fc.CreateLayerVersionInput({ code: location(code), compatibleRuntime: [runtime], description }) }));
      const b = r.body;
      if (!b?.layerVersionArn) throw new Error("the answer has no layerVersionArn");
      return { arn: b.layerVersionArn, version: String(b.version ?? b.layerVersionArn.split("/").pop()), codeChecksum: b.codeChecksum };
    }),
    updateFunction: (name, body) => call("UpdateFunction", async () => {
      const input = new fc.UpdateFunctionInput({
        ...body.code ? { code: location(body.code) } : {},
        ...body.layers ? { layers: body.layers } : {},
        ...body.image ? { customContainerConfig: new fc.CustomContainerConfig({ image: body.image }) } : {}
      });
      const r = await client.updateFunction(name, new fc.UpdateFunctionRequest({ body: input }));
      return asFunction(r.body);
    }),
    publishVersion: (name, description) => call("PublishFunctionVersion", async () => {
      const r = await client.publishFunctionVersion(name, new fc.PublishFunctionVersionRequest({ body: new fc.PublishVersionInput({ description }) }));
      if (!r.body?.versionId) throw new Error("the answer has no versionId");
      return r.body.versionId;
    }),
    async updateAlias(name, alias, versionId) {
      try {
        await client.updateAlias(name, alias, new fc.UpdateAliasRequest({ body: new fc.UpdateAliasInput({ versionId }) }));
        return "updated";
      } catch (e) {
        const err = e ?? {};
        if (err.statusCode !== 404) throw new FcCallError("UpdateAlias", err.statusCode, err.code, describeError("UpdateAlias", e, secrets));
      }
      return call("CreateAlias", async () => {
        await client.createAlias(name, new fc.CreateAliasRequest({ body: new fc.CreateAliasInput({ aliasName: alias, versionId }) }));
        return "created";
      });
    }
  };
}

// src/publish/deploy/oss.ts
import net2 from "node:net";
async function uploadToOss(file, bucket, object, endpoint, region, creds) {
  const Oss = cjsDefaultClass(await import("./client-FAGXQTCW.mjs"));
  const client = new Oss({
    region: `oss-${region}`,
    endpoint: endpoint.url,
    secure: endpoint.protocol === "https",
    bucket,
    // An IP endpoint (a loopback stand-in) has no bucket subdomain: address the bucket in the path.
    sldEnable: net2.isIP(new URL(endpoint.url).hostname.replace(/^\[|\]$/g, "")) !== 0,
    accessKeyId: creds.accessKeyId,
    accessKeySecret: creds.accessKeySecret,
    ...creds.securityToken ? { stsToken: creds.securityToken } : {},
    timeout: 6e5
  });
  try {
    await client.put(object, file);
  } catch (e) {
    const err = e ?? {};
    throw new UserError(
      redact(
        `Uploading the code to OSS (oss://${bucket}/${object}, ${endpoint.url}) failed: ${[err.status ? `HTTP ${err.status}` : "", err.code, err.message?.split("\n")[0]].filter(Boolean).join(", ")}. Check that the bucket exists in the function's region and that the credentials may oss:PutObject to it.`,
        [creds.accessKeySecret, creds.securityToken]
      ),
      "oss-bucket"
    );
  }
}

// src/publish/deploy/deploy.ts
function zipFileLimit(env) {
  const v = env.FC_PYTHON_PACK_ZIPFILE_LIMIT;
  return v && /^\d+$/.test(v) ? Number(v) : FC_LIMITS.codeZipApi;
}
var base64Size = (bytes) => Math.ceil(bytes / 3) * 4;
var layerOf = (arn) => arn.replace(/\/versions\/\d+$/, "");
function checkRuntime(d, fn, built, region) {
  if (fn.runtime !== built) {
    throw new UserError(
      `Input deploy: function ${d.functionName} (${region}) runs ${fn.runtime ?? "an unknown runtime"}, and this build is for ${built}: ` + (built === "custom-container" ? "an image can only be deployed to a custom-container function." : `its wheels and Python are ${built}'s. Build with runtime ${fn.runtime} (if fc-python-pack supports it), or change the function's runtime to ${built} first.`),
      "runtime"
    );
  }
}
async function deploy(result, log, hooks, env = process.env) {
  const d = result.plan.deploy;
  if (!d) throw new Error("deploy called without a deploy plan");
  const plan = result.plan;
  const target = plan.target;
  const builtFor = target === "image" ? "custom-container" : plan.runtime;
  const fnName = d.functionName;
  const a = result.artifact;
  const report = { mode: d.mode, region: d.region, functionName: fnName, alias: d.alias, requests: [] };
  const endpoints = endpointsFor(d.region, env);
  const inline = target !== "image" && base64Size(a.size) <= zipFileLimit(env);
  if (target !== "image" && !inline && !d.ossBucket) {
    throw new UserError(
      `Input deploy: ${plan.artifactName} is ${formatBytes(a.size)}, over the ${formatBytes(zipFileLimit(env))} FC's API takes inline (zipFile, base64). Set oss-bucket to a bucket in ${d.region}: the zip is uploaded there and FC reads it from OSS.`,
      "oss-bucket"
    );
  }
  const objectName = `fc-python-pack/${fnName ?? d.layerName}/${a.sha256}.zip`;
  const codeShown = inline ? `zipFile: <base64 of ${plan.artifactName}, ${formatBytes(a.size)}, sha256 ${a.sha256.slice(0, 12)}>` : `ossBucketName: ${d.ossBucket}, ossObjectName: ${objectName}`;
  report.codeVia = target === "image" ? void 0 : inline ? "zipFile" : `oss://${d.ossBucket}/${objectName}`;
  const req = (line) => report.requests.push(line);
  if (fnName) req(`GetFunction ${fnName}: it must exist and run ${builtFor}`);
  if (!inline && target !== "image") req(`OSS PutObject oss://${d.ossBucket}/${objectName} (${endpoints.oss.url})`);
  if (target === "layer") {
    req(`CreateLayerVersion ${d.layerName}: { code: { ${codeShown} }, compatibleRuntime: [${plan.runtime}] }`);
    if (fnName) req(`UpdateFunction ${fnName}: { layers: its layers with ${d.layerName} at the new version }`);
  } else if (target === "code") {
    req(`UpdateFunction ${fnName}: { code: { ${codeShown} }${d.layers ? `, layers: [${d.layers.join(", ")}] (${d.layersFrom})` : ""} }`);
  } else {
    req(`UpdateFunction ${fnName}: { customContainerConfig: { image: ${result.image?.tag ?? ""} } }`);
  }
  if (d.alias && fnName) req(`PublishFunctionVersion ${fnName}, then UpdateAlias ${d.alias}: { versionId: <the new version> } (CreateAlias when there is none)`);
  log.info(`deploy (${d.mode === "plan" ? "plan: nothing is sent" : "sending"}) to ${d.region}, ${endpoints.fc.url}:`);
  for (const r of report.requests) log.info(`  ${r}`);
  if (d.mode === "plan") return report;
  if (!plan.verify) log.warning("Deploying a build that was not verified (verify: false).", { title: "verify" });
  const creds = await credentialsFor(d, endpoints.sts, env, hooks);
  log.info(`deploy: credentials: ${creds.source}`);
  const fc = await fcClient(endpoints.fc, d.region, creds);
  let current;
  if (fnName) {
    current = await fc.getFunction(fnName);
    if (!current) {
      throw new UserError(`Input deploy: there is no function ${fnName} in ${d.region}. Create it first (s deploy, or the console), or fix function-name / region.`, "function-name");
    }
    checkRuntime(d, current, builtFor, d.region);
  }
  const published = [];
  let code;
  if (target !== "image") {
    if (inline) {
      code = { zipFile: (await fs40.readFile(a.path)).toString("base64") };
    } else {
      await uploadToOss(a.path, d.ossBucket, objectName, endpoints.oss, d.region, creds);
      log.info(`deploy: uploaded ${plan.artifactName} to oss://${d.ossBucket}/${objectName}`);
      published.push(`${plan.artifactName} was uploaded to oss://${d.ossBucket}/${objectName}`);
      code = { ossBucketName: d.ossBucket, ossObjectName: objectName };
    }
  }
  const halfway = async (fn) => {
    try {
      return await fn();
    } catch (e) {
      if (!published.length || !(e instanceof Error)) throw e;
      throw new UserError(`${e.message}. Already done, and not undone: ${published.join("; ")}. Nothing was retried; fix the cause and run the deploy again.`, "deploy");
    }
  };
  const description = `fc-python-pack ${plan.artifactName} sha256 ${a.sha256.slice(0, 12)}${env.GITHUB_SHA ? `, commit ${env.GITHUB_SHA.slice(0, 12)}` : ""}`;
  if (target === "layer") {
    const v = await halfway(() => fc.createLayerVersion(d.layerName, code, plan.runtime, description));
    report.layerArn = v.arn;
    report.layerVersion = v.version;
    report.codeChecksum = v.codeChecksum;
    published.push(`layer version ${v.arn} was created`);
    log.info(`deploy: layer version ${v.arn}`);
    if (fnName) {
      const mine = layerOf(v.arn);
      const others2 = current.layers.filter((l) => layerOf(l) !== mine);
      const layers = current.layers.some((l) => layerOf(l) === mine) ? current.layers.map((l) => layerOf(l) === mine ? v.arn : l) : [...others2, v.arn];
      const f = await halfway(() => fc.updateFunction(fnName, { layers }));
      report.layers = f.layers.length ? f.layers : layers;
      report.functionArn = f.functionArn;
      published.push(`function ${fnName} uses it`);
    }
  } else {
    const f = await halfway(() => fc.updateFunction(fnName, target === "code" ? { code, layers: d.layers } : { image: result.image?.tag }));
    report.functionArn = f.functionArn;
    report.codeChecksum = f.codeChecksum;
    report.layers = f.layers;
    report.image = target === "image" ? result.image?.tag : void 0;
    published.push(`function ${fnName} was updated`);
  }
  if (fnName) log.info(`deploy: function ${fnName} updated${report.codeChecksum ? ` (code checksum ${report.codeChecksum})` : ""}`);
  if (d.alias && fnName) {
    const version = await halfway(() => fc.publishVersion(fnName, description));
    report.functionVersion = version;
    published.push(`function version ${version} was published`);
    const how = await halfway(() => fc.updateAlias(fnName, d.alias, version));
    log.info(`deploy: version ${version} published, alias ${d.alias} ${how === "created" ? "created, pointing" : "points"} at it`);
  }
  return report;
}
function deployOutputs(r) {
  if (!r || r.mode === "plan") return {};
  return {
    ...r.layerArn ? { "layer-arn": r.layerArn, "layer-version": r.layerVersion ?? "" } : {},
    ...r.functionVersion ? { "function-version": r.functionVersion } : {}
  };
}

export {
  isUserError,
  errorMessage,
  urlSecrets,
  cleanUpOnSignals,
  defaultPython,
  FC_LIMITS,
  splitArgs,
  parseEnvironment,
  INPUT_SPECS,
  parsePythonVersion,
  parseRuntime,
  parseIntInput,
  parseInputs,
  functionConfig,
  makePlan,
  formatBytes,
  listZip,
  readZipEntries,
  sizeVerdict,
  recordPaths,
  recordRootPath,
  runDoctor,
  doctorExitCode,
  formatReport,
  build,
  publish,
  outputsOf,
  summaryLines,
  deploy,
  deployOutputs
};
