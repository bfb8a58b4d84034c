import { createRequire as __fcppCreateRequire } from 'node:module';
const require = __fcppCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-6H25OUW7.mjs";
import {
  __commonJS,
  __require
} from "./chunk-LI6FLOQR.mjs";

// node_modules/httpx/lib/index.js
var require_lib = __commonJS({
  "node_modules/httpx/lib/index.js"(exports) {
    "use strict";
    var zlib = __require("zlib");
    var http = __require("http");
    var https = __require("https");
    var parse = __require("url").parse;
    var format = __require("url").format;
    var debugBody = require_src()("httpx:body");
    var debugHeader = require_src()("httpx:header");
    var httpAgent = new http.Agent({ keepAlive: true });
    var httpsAgent = new https.Agent({ keepAlive: true });
    var TIMEOUT = 3e3;
    var READ_TIMER = /* @__PURE__ */ Symbol("TIMER::READ_TIMER");
    var READ_TIME_OUT = /* @__PURE__ */ Symbol("TIMER::READ_TIME_OUT");
    var READ_TIMER_START_AT = /* @__PURE__ */ Symbol("TIMER::READ_TIMER_START_AT");
    function decompress(response) {
      switch (response.headers["content-encoding"]) {
        // or, just use zlib.createUnzip() to handle both cases
        case "gzip":
          return response.pipe(zlib.createGunzip());
        case "deflate":
          return response.pipe(zlib.createInflate());
        default:
          return response;
      }
    }
    var append = function(err, name, message) {
      err.name = name + err.name;
      err.message = `${message}. ${err.message}`;
      return err;
    };
    var isNumber = function(num) {
      return num !== null && !isNaN(num);
    };
    exports.request = function(url, opts) {
      opts || (opts = {});
      const parsed = typeof url === "string" ? parse(url) : url;
      let readTimeout, connectTimeout;
      if (isNumber(opts.readTimeout) || isNumber(opts.connectTimeout)) {
        readTimeout = isNumber(opts.readTimeout) ? Number(opts.readTimeout) : TIMEOUT;
        connectTimeout = isNumber(opts.connectTimeout) ? Number(opts.connectTimeout) : TIMEOUT;
      } else if (isNumber(opts.timeout)) {
        readTimeout = connectTimeout = Number(opts.timeout);
      } else {
        readTimeout = connectTimeout = TIMEOUT;
      }
      const isHttps = parsed.protocol === "https:";
      const method = (opts.method || "GET").toUpperCase();
      const defaultAgent = isHttps ? httpsAgent : httpAgent;
      const agent = opts.agent || defaultAgent;
      var options = {
        host: parsed.hostname || "localhost",
        path: parsed.path || "/",
        method,
        port: parsed.port || (parsed.protocol === "https:" ? 443 : 80),
        agent,
        headers: opts.headers || {},
        // ssl config
        key: opts.key || "",
        cert: opts.cert || "",
        ca: opts.ca || "",
        // connect timerout
        timeout: connectTimeout
      };
      if (isHttps && typeof opts.rejectUnauthorized !== "undefined") {
        options.rejectUnauthorized = opts.rejectUnauthorized;
      }
      if (opts.compression) {
        options.headers["accept-encoding"] = "gzip,deflate";
      }
      const httplib = isHttps ? https : http;
      if (typeof opts.beforeRequest === "function") {
        options = opts.beforeRequest(options);
      }
      return new Promise((resolve, reject) => {
        const request = httplib.request(options);
        const body = opts.data;
        var fulfilled = (response) => {
          if (debugHeader.enabled) {
            const requestHeaders = response.req._header;
            requestHeaders.split("\r\n").forEach((line) => {
              debugHeader("> %s", line);
            });
            debugHeader("< HTTP/%s %s %s", response.httpVersion, response.statusCode, response.statusMessage);
            Object.keys(response.headers).forEach((key) => {
              debugHeader("< %s: %s", key, response.headers[key]);
            });
          }
          resolve(response);
        };
        var rejected = (err) => {
          err.message += `${method} ${format(parsed)} failed.`;
          if (request.socket && request.socket[READ_TIMER]) {
            clearTimeout(request.socket[READ_TIMER]);
          }
          reject(err);
        };
        var abort = (err) => {
          request.abort();
          rejected(err);
        };
        const startResponseTimer = function(socket) {
          const timer = setTimeout(() => {
            if (socket[READ_TIMER]) {
              clearTimeout(socket[READ_TIMER]);
              socket[READ_TIMER] = null;
            }
            var err = new Error();
            var message = `ReadTimeout(${readTimeout})`;
            abort(append(err, "RequestTimeout", message));
          }, readTimeout);
          socket[READ_TIME_OUT] = readTimeout;
          socket[READ_TIMER] = timer;
          socket[READ_TIMER_START_AT] = Date.now();
          timer.unref();
        };
        if (!body || "string" === typeof body || body instanceof Buffer) {
          if (debugBody.enabled) {
            if (!body) {
              debugBody("<no request body>");
            } else if ("string" === typeof body) {
              debugBody(body);
            } else {
              debugBody(`Buffer <ignored>, Buffer length: ${body.length}`);
            }
          }
          request.end(body);
        } else if ("function" === typeof body.pipe) {
          body.pipe(request);
          if (debugBody.enabled) {
            debugBody("<request body is a stream>");
          }
          body.once("error", (err) => {
            abort(append(err, "HttpX", "Stream occor error"));
          });
        }
        request.on("timeout", () => {
          var err = new Error();
          err.name = "RequestTimeoutError";
          err.message = `ConnectTimeout: Connect ${url} failed.`;
          request.destroy();
          reject(err);
        });
        request.on("response", fulfilled);
        request.on("error", rejected);
        request.once("socket", function(socket) {
          if (socket.readyState === "opening") {
            socket.once("connect", function() {
              startResponseTimer(socket);
            });
          } else {
            startResponseTimer(socket);
          }
        });
      });
    };
    exports.read = function(response, encoding) {
      const readable = decompress(response);
      return new Promise((resolve, reject) => {
        const socket = response.socket || response.client;
        const makeReadTimeoutError = () => {
          const req = response.req;
          var err = new Error();
          err.name = "RequestTimeoutError";
          err.message = `ReadTimeout: ${socket[READ_TIME_OUT]}. ${req.method} ${req.path} failed.`;
          return err;
        };
        let readTimer;
        const oldReadTimer = socket[READ_TIMER];
        if (!oldReadTimer) {
          reject(makeReadTimeoutError());
          return;
        }
        const remainTime = socket[READ_TIME_OUT] - (Date.now() - socket[READ_TIMER_START_AT]);
        clearTimeout(oldReadTimer);
        if (remainTime <= 0) {
          reject(makeReadTimeoutError());
          return;
        }
        readTimer = setTimeout(function() {
          reject(makeReadTimeoutError());
        }, remainTime);
        var onError, onData, onEnd;
        var cleanup = function() {
          readable.removeListener("error", onError);
          readable.removeListener("data", onData);
          readable.removeListener("end", onEnd);
          if (readTimer) {
            clearTimeout(readTimer);
          }
        };
        const bufs = [];
        var size = 0;
        onData = function(buf) {
          bufs.push(buf);
          size += buf.length;
        };
        onError = function(err) {
          cleanup();
          reject(err);
        };
        onEnd = function() {
          cleanup();
          var buff = Buffer.concat(bufs, size);
          debugBody("");
          if (encoding) {
            const result = buff.toString(encoding);
            debugBody(result);
            return resolve(result);
          }
          if (debugBody.enabled) {
            debugBody(buff.toString());
          }
          resolve(buff);
        };
        readable.on("error", onError);
        readable.on("data", onData);
        readable.on("end", onEnd);
      });
    };
    function readyToRead(readable) {
      return new Promise((resolve, reject) => {
        var onReadable, onEnd, onError;
        var cleanup = function() {
          readable.removeListener("error", onError);
          readable.removeListener("end", onEnd);
          readable.removeListener("readable", onReadable);
        };
        onReadable = function() {
          cleanup();
          resolve(false);
        };
        onEnd = function() {
          cleanup();
          resolve(true);
        };
        onError = function(err) {
          cleanup();
          reject(err);
        };
        readable.once("readable", onReadable);
        readable.once("end", onEnd);
        readable.once("error", onError);
      });
    }
    var Event = class {
      constructor(id, event, data, retry) {
        this.id = id;
        this.event = event;
        this.data = data;
        this.retry = retry;
      }
    };
    exports.Event = Event;
    var DATA_PREFIX = "data:";
    var EVENT_PREFIX = "event:";
    var ID_PREFIX = "id:";
    var RETRY_PREFIX = "retry:";
    function isDigitsOnly(str) {
      for (let i = 0; i < str.length; i++) {
        const c = str.charAt(i);
        if (c < "0" || c > "9") {
          return false;
        }
      }
      return str.length > 0;
    }
    function tryGetEvents(head, chunk) {
      const all = head + chunk;
      let start = 0;
      const events = [];
      for (let i = 0; i < all.length - 1; i++) {
        const c = all[i];
        const c2 = all[i + 1];
        if (c === "\n" && c2 === "\n") {
          const part = all.substring(start, i);
          const lines = part.split("\n");
          const event = new Event();
          lines.forEach((line) => {
            if (line.startsWith(DATA_PREFIX)) {
              event.data = line.substring(DATA_PREFIX.length).trim();
            } else if (line.startsWith(EVENT_PREFIX)) {
              event.event = line.substring(EVENT_PREFIX.length).trim();
            } else if (line.startsWith(ID_PREFIX)) {
              event.id = line.substring(ID_PREFIX.length).trim();
            } else if (line.startsWith(RETRY_PREFIX)) {
              const retry = line.substring(RETRY_PREFIX.length).trim();
              if (isDigitsOnly(retry)) {
                event.retry = parseInt(retry, 10);
              }
            } else if (line.startsWith(":")) {
            }
          });
          events.push(event);
          start = i + 2;
        }
      }
      const rest = all.substring(start);
      return [events, rest];
    }
    exports.readAsSSE = async function* (response) {
      const readable = decompress(response);
      const socket = response.socket || response.client;
      clearTimeout(socket[READ_TIMER]);
      let rest = "";
      while (true) {
        const ended = await readyToRead(readable);
        if (ended) {
          return;
        }
        let chunk;
        while (null !== (chunk = readable.read())) {
          const [events, remain] = tryGetEvents(rest, chunk.toString());
          rest = remain;
          if (events && events.length > 0) {
            for (const event of events) {
              yield event;
            }
          }
        }
      }
    };
  }
});

// node_modules/@alicloud/tea-typescript/dist/tea.js
var require_tea = __commonJS({
  "node_modules/@alicloud/tea-typescript/dist/tea.js"(exports) {
    "use strict";
    var __extends = exports && exports.__extends || /* @__PURE__ */ (function() {
      var extendStatics = function(d, b) {
        extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) if (b2.hasOwnProperty(p)) d2[p] = b2[p];
        };
        return extendStatics(d, b);
      };
      return function(d, b) {
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __awaiter = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    var __generator = exports && exports.__generator || function(thisArg, body) {
      var _ = { label: 0, sent: function() {
        if (t[0] & 1) throw t[1];
        return t[1];
      }, trys: [], ops: [] }, f, y, t, g;
      return g = { next: verb(0), "throw": verb(1), "return": verb(2) }, typeof Symbol === "function" && (g[Symbol.iterator] = function() {
        return this;
      }), g;
      function verb(n) {
        return function(v) {
          return step([n, v]);
        };
      }
      function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (_) try {
          if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
          if (y = 0, t) op = [op[0] & 2, t.value];
          switch (op[0]) {
            case 0:
            case 1:
              t = op;
              break;
            case 4:
              _.label++;
              return { value: op[1], done: false };
            case 5:
              _.label++;
              y = op[1];
              op = [0];
              continue;
            case 7:
              op = _.ops.pop();
              _.trys.pop();
              continue;
            default:
              if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                _ = 0;
                continue;
              }
              if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
                _.label = op[1];
                break;
              }
              if (op[0] === 6 && _.label < t[1]) {
                _.label = t[1];
                t = op;
                break;
              }
              if (t && _.label < t[2]) {
                _.label = t[2];
                _.ops.push(op);
                break;
              }
              if (t[2]) _.ops.pop();
              _.trys.pop();
              continue;
          }
          op = body.call(thisArg, _);
        } catch (e) {
          op = [6, e];
          y = 0;
        } finally {
          f = t = 0;
        }
        if (op[0] & 5) throw op[1];
        return { value: op[0] ? op[1] : void 0, done: true };
      }
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isRetryable = exports.retryError = exports.newUnretryableError = exports.getBackoffTime = exports.allowRetry = exports.sleep = exports.cast = exports.Model = exports.toMap = exports.newError = exports.doAction = exports.Response = exports.Request = exports.BytesReadable = void 0;
    var querystring = __importStar(__require("querystring"));
    var http_1 = __require("http");
    var https_1 = __require("https");
    var stream_1 = __require("stream");
    var httpx = __importStar(require_lib());
    var url_1 = __require("url");
    var BytesReadable = (
      /** @class */
      (function(_super) {
        __extends(BytesReadable2, _super);
        function BytesReadable2(value) {
          var _this = _super.call(this) || this;
          if (typeof value === "string") {
            _this.value = Buffer.from(value);
          } else if (Buffer.isBuffer(value)) {
            _this.value = value;
          }
          return _this;
        }
        BytesReadable2.prototype._read = function() {
          this.push(this.value);
          this.push(null);
        };
        return BytesReadable2;
      })(stream_1.Readable)
    );
    exports.BytesReadable = BytesReadable;
    var Request = (
      /** @class */
      /* @__PURE__ */ (function() {
        function Request2() {
          this.headers = {};
          this.query = {};
        }
        return Request2;
      })()
    );
    exports.Request = Request;
    var Response = (
      /** @class */
      (function() {
        function Response2(httpResponse) {
          this.statusCode = httpResponse.statusCode;
          this.statusMessage = httpResponse.statusMessage;
          this.headers = this.convertHeaders(httpResponse.headers);
          this.body = httpResponse;
        }
        Response2.prototype.convertHeaders = function(headers) {
          var results = {};
          var keys = Object.keys(headers);
          for (var index = 0; index < keys.length; index++) {
            var key = keys[index];
            results[key] = headers[key];
          }
          return results;
        };
        Response2.prototype.readBytes = function() {
          return __awaiter(this, void 0, void 0, function() {
            var buff;
            return __generator(this, function(_a) {
              switch (_a.label) {
                case 0:
                  return [4, httpx.read(this.body, "")];
                case 1:
                  buff = _a.sent();
                  return [2, buff];
              }
            });
          });
        };
        return Response2;
      })()
    );
    exports.Response = Response;
    function buildURL(request) {
      var url = request.protocol + "://" + request.headers["host"];
      if (request.port) {
        url += ":" + request.port;
      }
      url += "" + request.pathname;
      var urlInfo = url_1.parse(url);
      if (request.query && Object.keys(request.query).length > 0) {
        if (urlInfo.query) {
          url += "&" + querystring.stringify(request.query);
        } else {
          url += "?" + querystring.stringify(request.query);
        }
      }
      return url;
    }
    function isModelClass(t) {
      if (!t) {
        return false;
      }
      return typeof t.types === "function" && typeof t.names === "function";
    }
    function doAction(request, runtime) {
      if (runtime === void 0) {
        runtime = null;
      }
      return __awaiter(this, void 0, void 0, function() {
        var url, method, options, agentOptions, response;
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              url = buildURL(request);
              method = (request.method || "GET").toUpperCase();
              options = {
                method,
                headers: request.headers
              };
              if (method !== "GET" && method !== "HEAD") {
                options.data = request.body;
              }
              if (runtime) {
                if (typeof runtime.timeout !== "undefined") {
                  options.timeout = Number(runtime.timeout);
                }
                if (typeof runtime.readTimeout !== "undefined") {
                  options.readTimeout = Number(runtime.readTimeout);
                }
                if (typeof runtime.connectTimeout !== "undefined") {
                  options.connectTimeout = Number(runtime.connectTimeout);
                }
                if (typeof runtime.ignoreSSL !== "undefined") {
                  options.rejectUnauthorized = !runtime.ignoreSSL;
                }
                if (typeof runtime.key !== "undefined") {
                  options.key = String(runtime.key);
                }
                if (typeof runtime.cert !== "undefined") {
                  options.cert = String(runtime.cert);
                }
                if (typeof runtime.ca !== "undefined") {
                  options.ca = String(runtime.ca);
                }
                agentOptions = {
                  keepAlive: true
                };
                if (typeof runtime.keepAlive !== "undefined") {
                  agentOptions.keepAlive = runtime.keepAlive;
                  if (request.protocol && request.protocol.toLowerCase() === "https") {
                    options.agent = new https_1.Agent(agentOptions);
                  } else {
                    options.agent = new http_1.Agent(agentOptions);
                  }
                }
              }
              return [4, httpx.request(url, options)];
            case 1:
              response = _a.sent();
              return [2, new Response(response)];
          }
        });
      });
    }
    exports.doAction = doAction;
    var ResponseError = (
      /** @class */
      (function(_super) {
        __extends(ResponseError2, _super);
        function ResponseError2(map) {
          var _this = _super.call(this, map.code + ": " + map.message) || this;
          _this.code = map.code;
          _this.data = map.data;
          _this.description = map.description;
          _this.accessDeniedDetail = map.accessDeniedDetail;
          if (_this.data && _this.data.statusCode) {
            _this.statusCode = Number(_this.data.statusCode);
          }
          return _this;
        }
        return ResponseError2;
      })(Error)
    );
    function newError(data) {
      return new ResponseError(data);
    }
    exports.newError = newError;
    function getValue(type, value) {
      if (typeof type === "string") {
        return value;
      }
      if (type.type === "array") {
        if (!Array.isArray(value)) {
          throw new Error("expect: array, actual: " + typeof value);
        }
        return value.map(function(item) {
          return getValue(type.itemType, item);
        });
      }
      if (typeof type === "function") {
        if (isModelClass(type)) {
          return new type(value);
        }
        return value;
      }
      return value;
    }
    function toMap(value) {
      if (value === void 0) {
        value = void 0;
      }
      if (typeof value === "undefined" || value == null) {
        return null;
      }
      if (value instanceof Model) {
        return value.toMap();
      }
      if (typeof value.toMap === "function") {
        return value.toMap();
      }
      if (Array.isArray(value)) {
        return value.map(function(item) {
          return toMap(item);
        });
      }
      return value;
    }
    exports.toMap = toMap;
    var Model = (
      /** @class */
      (function() {
        function Model2(map) {
          var _this = this;
          if (map == null) {
            return;
          }
          var clz = this.constructor;
          var names = clz.names();
          var types = clz.types();
          Object.keys(names).forEach((function(name) {
            var value = map[name];
            if (value === void 0 || value === null) {
              return;
            }
            var type = types[name];
            _this[name] = getValue(type, value);
          }));
        }
        Model2.prototype.toMap = function() {
          var _this = this;
          var map = {};
          var clz = this.constructor;
          var names = clz.names();
          Object.keys(names).forEach((function(name) {
            var originName = names[name];
            var value = _this[name];
            if (typeof value === "undefined" || value == null) {
              return;
            }
            map[originName] = toMap(value);
          }));
          return map;
        };
        return Model2;
      })()
    );
    exports.Model = Model;
    function cast(obj, t) {
      if (!obj) {
        throw new Error("can not cast to Map");
      }
      if (typeof obj !== "object") {
        throw new Error("can not cast to Map");
      }
      var map = obj;
      var clz = t.constructor;
      var names = clz.names();
      var types = clz.types();
      Object.keys(names).forEach(function(key) {
        var originName = names[key];
        var value = map[originName];
        var type = types[key];
        if (typeof value === "undefined" || value == null) {
          return;
        }
        if (typeof type === "string") {
          if (type === "Readable" || type === "map" || type === "Buffer" || type === "any" || typeof value === type) {
            t[key] = value;
            return;
          }
          if (type === "string" && (typeof value === "number" || typeof value === "boolean")) {
            t[key] = value.toString();
            return;
          }
          if (type === "boolean") {
            if (value === 1 || value === 0) {
              t[key] = !!value;
              return;
            }
            if (value === "true" || value === "false") {
              t[key] = value === "true";
              return;
            }
          }
          if (type === "number" && typeof value === "string") {
            if (value.match(/^\d*$/)) {
              t[key] = parseInt(value);
              return;
            }
            if (value.match(/^[\.\d]*$/)) {
              t[key] = parseFloat(value);
              return;
            }
          }
          throw new Error("type of " + key + " is mismatch, expect " + type + ", but " + typeof value);
        } else if (type.type === "map") {
          if (!(value instanceof Object)) {
            throw new Error("type of " + key + " is mismatch, expect object, but " + typeof value);
          }
          t[key] = value;
        } else if (type.type === "array") {
          if (!Array.isArray(value)) {
            throw new Error("type of " + key + " is mismatch, expect array, but " + typeof value);
          }
          if (typeof type.itemType === "function") {
            t[key] = value.map(function(d) {
              if (isModelClass(type.itemType)) {
                return cast(d, new type.itemType({}));
              }
              return d;
            });
          } else {
            t[key] = value;
          }
        } else if (typeof type === "function") {
          if (!(value instanceof Object)) {
            throw new Error("type of " + key + " is mismatch, expect object, but " + typeof value);
          }
          if (isModelClass(type)) {
            t[key] = cast(value, new type({}));
            return;
          }
          t[key] = value;
        } else {
        }
      });
      return t;
    }
    exports.cast = cast;
    function sleep(ms) {
      return new Promise(function(resolve) {
        setTimeout(resolve, ms);
      });
    }
    exports.sleep = sleep;
    function allowRetry(retry, retryTimes, startTime) {
      if (retryTimes === 0) {
        return true;
      }
      if (retry.retryable !== true) {
        return false;
      }
      if (retry.policy === "never") {
        return false;
      }
      if (retry.policy === "always") {
        return true;
      }
      if (retry.policy === "simple") {
        return retryTimes < retry["maxAttempts"];
      }
      if (retry.policy === "timeout") {
        return Date.now() - startTime < retry.timeout;
      }
      if (retry.maxAttempts && typeof retry.maxAttempts === "number") {
        return retry.maxAttempts >= retryTimes;
      }
      return false;
    }
    exports.allowRetry = allowRetry;
    function getBackoffTime(backoff, retryTimes) {
      if (retryTimes === 0) {
        return 0;
      }
      if (backoff.policy === "no") {
        return 0;
      }
      if (backoff.policy === "fixed") {
        return backoff.period;
      }
      if (backoff.policy === "random") {
        var min = backoff["minPeriod"];
        var max = backoff["maxPeriod"];
        return min + (max - min) * Math.random();
      }
      if (backoff.policy === "exponential") {
        var init = backoff.initial;
        var multiplier = backoff.multiplier;
        var time = init * Math.pow(1 + multiplier, retryTimes - 1);
        var max = backoff.max;
        return Math.min(time, max);
      }
      if (backoff.policy === "exponential_random") {
        var init = backoff.initial;
        var multiplier = backoff.multiplier;
        var time = init * Math.pow(1 + multiplier, retryTimes - 1);
        var max = backoff.max;
        return Math.min(time * (0.5 + Math.random()), max);
      }
      return 0;
    }
    exports.getBackoffTime = getBackoffTime;
    var UnretryableError = (
      /** @class */
      (function(_super) {
        __extends(UnretryableError2, _super);
        function UnretryableError2(message) {
          var _this = _super.call(this, message) || this;
          _this.name = "UnretryableError";
          return _this;
        }
        return UnretryableError2;
      })(Error)
    );
    function newUnretryableError(request) {
      var e = new UnretryableError("");
      e.data = {
        lastRequest: request
      };
      return e;
    }
    exports.newUnretryableError = newUnretryableError;
    var RetryError = (
      /** @class */
      (function(_super) {
        __extends(RetryError2, _super);
        function RetryError2(message) {
          var _this = _super.call(this, message) || this;
          _this.name = "RetryError";
          return _this;
        }
        return RetryError2;
      })(Error)
    );
    function retryError(request, response) {
      var e = new RetryError("");
      e.data = {
        request,
        response
      };
      return e;
    }
    exports.retryError = retryError;
    function isRetryable(err) {
      if (typeof err === "undefined" || err === null) {
        return false;
      }
      return err.name === "RetryError";
    }
    exports.isRetryable = isRetryable;
  }
});

// node_modules/@alicloud/credentials/dist/src/credential_model.js
var require_credential_model = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/credential_model.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var $tea = __importStar(require_tea());
    var CredentialModel = class extends $tea.Model {
      static names() {
        return {
          accessKeyId: "accessKeyId",
          accessKeySecret: "accessKeySecret",
          securityToken: "securityToken",
          bearerToken: "bearerToken",
          type: "type",
          providerName: "providerName"
        };
      }
      static types() {
        return {
          accessKeyId: "string",
          accessKeySecret: "string",
          securityToken: "string",
          bearerToken: "string",
          type: "string",
          providerName: "string"
        };
      }
      constructor(map) {
        super(map);
      }
    };
    exports.default = CredentialModel;
  }
});

// node_modules/@alicloud/credentials/dist/src/default_credential.js
var require_default_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/default_credential.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var credential_model_1 = __importDefault(require_credential_model());
    var DefaultCredential = class {
      constructor(config) {
        this.accessKeyId = config.accessKeyId || "";
        this.accessKeySecret = config.accessKeySecret || "";
        this.securityToken = config.securityToken || "";
        this.bearerToken = config.bearerToken || "";
        this.type = config.type || "";
      }
      async getAccessKeyId() {
        return this.accessKeyId;
      }
      async getAccessKeySecret() {
        return this.accessKeySecret;
      }
      async getSecurityToken() {
        return this.securityToken;
      }
      getBearerToken() {
        return this.bearerToken;
      }
      getType() {
        return this.type;
      }
      async getCredential() {
        return new credential_model_1.default({
          accessKeyId: this.accessKeyId,
          accessKeySecret: this.accessKeySecret,
          securityToken: this.securityToken,
          bearerToken: this.bearerToken,
          type: this.type
        });
      }
    };
    exports.default = DefaultCredential;
  }
});

// node_modules/@alicloud/credentials/node_modules/ini/ini.js
var require_ini = __commonJS({
  "node_modules/@alicloud/credentials/node_modules/ini/ini.js"(exports) {
    exports.parse = exports.decode = decode;
    exports.stringify = exports.encode = encode;
    exports.safe = safe;
    exports.unsafe = unsafe;
    var eol = typeof process !== "undefined" && process.platform === "win32" ? "\r\n" : "\n";
    function encode(obj, opt) {
      var children = [];
      var out = "";
      if (typeof opt === "string") {
        opt = {
          section: opt,
          whitespace: false
        };
      } else {
        opt = opt || {};
        opt.whitespace = opt.whitespace === true;
      }
      var separator = opt.whitespace ? " = " : "=";
      Object.keys(obj).forEach(function(k, _, __) {
        var val = obj[k];
        if (val && Array.isArray(val)) {
          val.forEach(function(item) {
            out += safe(k + "[]") + separator + safe(item) + "\n";
          });
        } else if (val && typeof val === "object")
          children.push(k);
        else
          out += safe(k) + separator + safe(val) + eol;
      });
      if (opt.section && out.length)
        out = "[" + safe(opt.section) + "]" + eol + out;
      children.forEach(function(k, _, __) {
        var nk = dotSplit(k).join("\\.");
        var section = (opt.section ? opt.section + "." : "") + nk;
        var child = encode(obj[k], {
          section,
          whitespace: opt.whitespace
        });
        if (out.length && child.length)
          out += eol;
        out += child;
      });
      return out;
    }
    function dotSplit(str) {
      return str.replace(/\1/g, "LITERAL\\1LITERAL").replace(/\\\./g, "").split(/\./).map(function(part) {
        return part.replace(/\1/g, "\\.").replace(/\2LITERAL\\1LITERAL\2/g, "");
      });
    }
    function decode(str) {
      var out = {};
      var p = out;
      var section = null;
      var re = /^\[([^\]]*)\]$|^([^=]+)(=(.*))?$/i;
      var lines = str.split(/[\r\n]+/g);
      lines.forEach(function(line, _, __) {
        if (!line || line.match(/^\s*[;#]/))
          return;
        var match = line.match(re);
        if (!match)
          return;
        if (match[1] !== void 0) {
          section = unsafe(match[1]);
          if (section === "__proto__") {
            p = {};
            return;
          }
          p = out[section] = out[section] || {};
          return;
        }
        var key = unsafe(match[2]);
        if (key === "__proto__")
          return;
        var value = match[3] ? unsafe(match[4]) : true;
        switch (value) {
          case "true":
          case "false":
          case "null":
            value = JSON.parse(value);
        }
        if (key.length > 2 && key.slice(-2) === "[]") {
          key = key.substring(0, key.length - 2);
          if (key === "__proto__")
            return;
          if (!p[key])
            p[key] = [];
          else if (!Array.isArray(p[key]))
            p[key] = [p[key]];
        }
        if (Array.isArray(p[key]))
          p[key].push(value);
        else
          p[key] = value;
      });
      Object.keys(out).filter(function(k, _, __) {
        if (!out[k] || typeof out[k] !== "object" || Array.isArray(out[k]))
          return false;
        var parts = dotSplit(k);
        var p2 = out;
        var l = parts.pop();
        var nl = l.replace(/\\\./g, ".");
        parts.forEach(function(part, _2, __2) {
          if (part === "__proto__")
            return;
          if (!p2[part] || typeof p2[part] !== "object")
            p2[part] = {};
          p2 = p2[part];
        });
        if (p2 === out && nl === l)
          return false;
        p2[nl] = out[k];
        return true;
      }).forEach(function(del, _, __) {
        delete out[del];
      });
      return out;
    }
    function isQuoted(val) {
      return val.charAt(0) === '"' && val.slice(-1) === '"' || val.charAt(0) === "'" && val.slice(-1) === "'";
    }
    function safe(val) {
      return typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim() ? JSON.stringify(val) : val.replace(/;/g, "\\;").replace(/#/g, "\\#");
    }
    function unsafe(val, doUnesc) {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'")
          val = val.substr(1, val.length - 2);
        try {
          val = JSON.parse(val);
        } catch (_) {
        }
      } else {
        var esc = false;
        var unesc = "";
        for (var i = 0, l = val.length; i < l; i++) {
          var c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1)
              unesc += c;
            else
              unesc += "\\" + c;
            esc = false;
          } else if (";#".indexOf(c) !== -1)
            break;
          else if (c === "\\")
            esc = true;
          else
            unesc += c;
        }
        if (esc)
          unesc += "\\";
        return unesc.trim();
      }
      return val;
    }
  }
});

// node_modules/kitx/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/kitx/lib/index.js"(exports) {
    "use strict";
    var fs = __require("fs");
    var os = __require("os");
    var crypto = __require("crypto");
    exports.loadJSONSync = function(filename) {
      var content = fs.readFileSync(filename, "utf8");
      if (content.charCodeAt(0) === 65279) {
        content = content.slice(1);
      }
      try {
        return JSON.parse(content);
      } catch (err) {
        err.message = filename + ": " + err.message;
        throw err;
      }
    };
    exports.encode = function(str, encoding) {
      if (typeof str !== "string") {
        str = "" + str;
      }
      return Buffer.from(str, encoding);
    };
    exports.makeHasher = function(algorithm) {
      return function(data, encoding) {
        var shasum = crypto.createHash(algorithm);
        shasum.update(data);
        return shasum.digest(encoding);
      };
    };
    exports.createHash = exports.makeHasher;
    exports.md5 = exports.makeHasher("md5");
    exports.createHmac = function(algorithm) {
      return function(data, key, encoding) {
        return crypto.createHmac(algorithm, key).update(data).digest(encoding);
      };
    };
    exports.sha1 = exports.createHmac("sha1");
    exports.random = function(min, max) {
      return Math.floor(min + Math.random() * (max - min));
    };
    exports.makeNonce = (function() {
      var counter = 0;
      var last;
      const machine = os.hostname();
      const pid = process.pid;
      return function() {
        var val = Math.floor(Math.random() * 1e12);
        if (val === last) {
          counter++;
        } else {
          counter = 0;
        }
        last = val;
        var uid = `${machine}${pid}${val}${counter}`;
        return exports.md5(uid, "hex");
      };
    })();
    exports.pad2 = function(num) {
      if (num < 10) {
        return "0" + num;
      }
      return "" + num;
    };
    exports.pad3 = function(num) {
      if (num < 10) {
        return "00" + num;
      } else if (num < 100) {
        return "0" + num;
      }
      return "" + num;
    };
    exports.getYYYYMMDD = function(date) {
      var YYYY = date.getFullYear();
      var MM = exports.pad2(date.getMonth() + 1);
      var DD = exports.pad2(date.getDate());
      return "" + YYYY + MM + DD;
    };
    exports.sleep = function(ms) {
      return new Promise((resolve) => {
        setTimeout(resolve, ms);
      });
    };
    exports.getIPv4 = function() {
      var interfaces = os.networkInterfaces();
      var keys = Object.keys(interfaces);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var addresses = interfaces[key];
        for (var j = 0; j < addresses.length; j++) {
          var item = addresses[j];
          if (!item.internal && item.family === "IPv4") {
            return item.address;
          }
        }
      }
      return "";
    };
    exports.getMac = function() {
      var interfaces = os.networkInterfaces();
      var keys = Object.keys(interfaces);
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        var addresses = interfaces[key];
        for (var j = 0; j < addresses.length; j++) {
          var item = addresses[j];
          if (!item.internal && item.family === "IPv4") {
            return item.mac;
          }
        }
      }
      return "00:00:00:00:00:00";
    };
    exports.readAll = function(readable) {
      return new Promise((resolve, reject) => {
        var onError, onData, onEnd;
        var cleanup = function(err) {
          readable.removeListener("error", onError);
          readable.removeListener("data", onData);
          readable.removeListener("end", onEnd);
        };
        var bufs = [];
        var size = 0;
        onData = function(buf) {
          bufs.push(buf);
          size += buf.length;
        };
        onError = function(err) {
          cleanup();
          reject(err);
        };
        onEnd = function() {
          cleanup();
          resolve(Buffer.concat(bufs, size));
        };
        readable.on("error", onError);
        readable.on("data", onData);
        readable.on("end", onEnd);
      });
    };
    var SimpleCryptoHelper = class {
      constructor(algorithm, key, iv) {
        this.algorithm = algorithm;
        this.key = key;
        this.iv = iv;
      }
      encrypt(data, inputEncoding, outputEncoding) {
        const cipher = crypto.createCipheriv(this.algorithm, this.key, this.iv);
        let output = cipher.update(data, inputEncoding, outputEncoding);
        output += cipher.final(outputEncoding);
        return output;
      }
      decrypt(encrypted, inputEncoding, outputEncoding) {
        const decipher = crypto.createDecipheriv(this.algorithm, this.key, this.iv);
        let output = decipher.update(encrypted, inputEncoding, outputEncoding);
        output += decipher.final(outputEncoding);
        return output;
      }
    };
    var helper = new SimpleCryptoHelper(
      "aes-192-cbc",
      Buffer.from("keykeykeykeykeykeykeykey"),
      // 24 bytes, 192 bits
      Buffer.from("abcdefghijklmnop")
      // 16 bytes
    );
    exports.encrypt = function(data, inputEncoding, outputEncoding) {
      return helper.encrypt(data, inputEncoding, outputEncoding);
    };
    exports.decrypt = function(encrypted, inputEncoding, outputEncoding) {
      return helper.decrypt(encrypted, inputEncoding, outputEncoding);
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/util/utils.js
var require_utils = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/util/utils.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRandomInt = exports.loadIni = exports.parseFile = exports.timestamp = void 0;
    var ini = __importStar(require_ini());
    var kitx = __importStar(require_lib2());
    var fs_1 = __importDefault(__require("fs"));
    var util_1 = __require("util");
    var readFileAsync = (0, util_1.promisify)(fs_1.default.readFile);
    var accessAsync = (0, util_1.promisify)(fs_1.default.access);
    function timestamp(dateStr, timeChange) {
      let date = new Date(dateStr);
      if (!dateStr || isNaN(date.getTime())) {
        date = /* @__PURE__ */ new Date();
      }
      if (timeChange) {
        date.setTime(date.getTime() + timeChange);
      }
      const YYYY = date.getUTCFullYear();
      const MM = kitx.pad2(date.getUTCMonth() + 1);
      const DD = kitx.pad2(date.getUTCDate());
      const HH = kitx.pad2(date.getUTCHours());
      const mm = kitx.pad2(date.getUTCMinutes());
      const ss = kitx.pad2(date.getUTCSeconds());
      return `${YYYY}-${MM}-${DD}T${HH}:${mm}:${ss}Z`;
    }
    exports.timestamp = timestamp;
    function parseFile(file, ignoreErr = false) {
      try {
        fs_1.default.accessSync(file, fs_1.default.constants.R_OK);
      } catch (e) {
        if (ignoreErr) {
          return null;
        }
        throw new Error("Has no read permission to credentials file");
      }
      return ini.parse(fs_1.default.readFileSync(file, "utf-8"));
    }
    exports.parseFile = parseFile;
    async function loadIni(filePath) {
      await accessAsync(filePath, fs_1.default.constants.R_OK);
      const content = await readFileAsync(filePath, "utf-8");
      return ini.parse(content);
    }
    exports.loadIni = loadIni;
    function getRandomInt(max) {
      return Math.floor(Math.random() * (max + 1));
    }
    exports.getRandomInt = getRandomInt;
  }
});

// node_modules/@alicloud/credentials/dist/src/config.js
var require_config = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/config.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var $tea = __importStar(require_tea());
    var Config = class extends $tea.Model {
      static names() {
        return {
          accessKeyId: "accessKeyId",
          accessKeySecret: "accessKeySecret",
          securityToken: "securityToken",
          bearerToken: "bearerToken",
          durationSeconds: "durationSeconds",
          roleArn: "roleArn",
          policy: "policy",
          roleSessionExpiration: "roleSessionExpiration",
          roleSessionName: "roleSessionName",
          externalId: "externalId",
          stsEndpoint: "stsEndpoint",
          stsRegionId: "stsRegionId",
          enableVpc: "enableVpc",
          timeout: "readTimeout",
          connectTimeout: "connectTimeout",
          publicKeyId: "publicKeyId",
          privateKeyFile: "privateKeyFile",
          roleName: "roleName",
          enableIMDSv2: "enableIMDSv2",
          disableIMDSv1: "disableIMDSv1",
          asyncCredentialUpdateEnabled: "asyncCredentialUpdateEnabled",
          metadataTokenDuration: "metadataTokenDuration",
          credentialsURI: "credentialsURI",
          oidcProviderArn: "oidcProviderArn",
          oidcTokenFilePath: "oidcTokenFilePath",
          type: "type"
        };
      }
      static types() {
        return {
          accessKeyId: "string",
          accessKeySecret: "string",
          securityToken: "string",
          bearerToken: "string",
          durationSeconds: "number",
          roleArn: "string",
          policy: "string",
          roleSessionExpiration: "number",
          roleSessionName: "string",
          externalId: "string",
          stsEndpoint: "string",
          stsRegionId: "string",
          enableVpc: "string",
          timeout: "number",
          connectTimeout: "number",
          publicKeyId: "string",
          privateKeyFile: "string",
          roleName: "string",
          enableIMDSv2: "boolean",
          disableIMDSv1: "boolean",
          asyncCredentialUpdateEnabled: "boolean",
          metadataTokenDuration: "number",
          credentialsURI: "string",
          oidcProviderArn: "string",
          oidcTokenFilePath: "string",
          type: "string"
        };
      }
      constructor(config) {
        super(config);
      }
    };
    exports.default = Config;
  }
});

// node_modules/@alicloud/credentials/dist/src/session_credential.js
var require_session_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/session_credential.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var default_credential_1 = __importDefault(require_default_credential());
    var utils = __importStar(require_utils());
    var config_1 = __importDefault(require_config());
    var credential_model_1 = __importDefault(require_credential_model());
    var SessionCredential = class extends default_credential_1.default {
      constructor(config) {
        const conf = new config_1.default({
          type: config.type,
          accessKeyId: config.accessKeyId,
          accessKeySecret: config.accessKeySecret,
          securityToken: config.securityToken
        });
        super(conf);
        this.sessionCredential = null;
        this.durationSeconds = config.durationSeconds || 3600;
      }
      async updateCredential() {
        throw new Error("need implemented in sub-class");
      }
      async ensureCredential() {
        const needUpdate = this.needUpdateCredential();
        if (needUpdate) {
          await this.updateCredential();
        }
      }
      async getAccessKeyId() {
        await this.ensureCredential();
        return this.sessionCredential.AccessKeyId;
      }
      async getAccessKeySecret() {
        await this.ensureCredential();
        return this.sessionCredential.AccessKeySecret;
      }
      async getSecurityToken() {
        await this.ensureCredential();
        return this.sessionCredential.SecurityToken;
      }
      needUpdateCredential() {
        if (!this.sessionCredential || !this.sessionCredential.Expiration || !this.sessionCredential.AccessKeyId || !this.sessionCredential.AccessKeySecret || !this.sessionCredential.SecurityToken) {
          return true;
        }
        const expireTime = utils.timestamp(/* @__PURE__ */ new Date(), this.durationSeconds * 0.05 * 1e3);
        if (this.sessionCredential.Expiration < expireTime) {
          return true;
        }
        return false;
      }
      async getCredential() {
        await this.ensureCredential();
        return new credential_model_1.default({
          accessKeyId: this.sessionCredential.AccessKeyId,
          accessKeySecret: this.sessionCredential.AccessKeySecret,
          securityToken: this.sessionCredential.SecurityToken,
          bearerToken: this.bearerToken,
          type: this.type
        });
      }
    };
    exports.default = SessionCredential;
  }
});

// node_modules/@alicloud/credentials/dist/package.json
var require_package = __commonJS({
  "node_modules/@alicloud/credentials/dist/package.json"(exports, module) {
    module.exports = {
      name: "@alicloud/credentials",
      version: "2.4.7",
      description: "alibaba cloud node.js sdk credentials",
      main: "dist/src/client.js",
      scripts: {
        prepublishOnly: "tsc",
        build: "tsc",
        lint: "eslint --fix ./src --ext .ts",
        test: "mocha -b -r ts-node/register test/**/*.test.ts test/*.test.ts --timeout 15000",
        "test-dev": "nyc -e .ts -r=html -r=text -r=lcov mocha -b -r ts-node/register",
        cov: "nyc -e .ts -r=html -r=text -r=lcov npm run test",
        ci: "npm run cov",
        integration: "mocha -b -r ts-node/register -R spec integration/*.test.ts",
        clean: "rm -rf coverage"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/aliyun/nodejs-credentials.git"
      },
      keywords: [
        "alibaba cloud",
        "sdk",
        "credentials"
      ],
      author: "Alibaba Cloud SDK",
      license: "MIT",
      devDependencies: {
        "@types/debug": "^4.1.12",
        "@types/expect.js": "^0.3.29",
        "@types/ini": "^1.3.30",
        "@types/mocha": "^10.0.6",
        "@types/node": "^20.11.10",
        "@types/rewire": "^2.5.28",
        "@typescript-eslint/eslint-plugin": "^6.18.1",
        "@typescript-eslint/parser": "^6.18.1",
        eslint: "^8.56.0",
        "expect.js": "^0.3.1",
        mm: "^2.4.1",
        mocha: "^10.1.0",
        nyc: "^15.1.0",
        rewire: "^7.0.0",
        "ts-node": "^10.9.2",
        typescript: "^4.7.4"
      },
      dependencies: {
        "@alicloud/tea-typescript": "^1.8.0",
        httpx: "^2.3.3",
        ini: "^1.3.5",
        kitx: "^2.0.0"
      },
      bugs: {
        url: "https://github.com/aliyun/nodejs-credentials/issues"
      },
      homepage: "https://github.com/aliyun/nodejs-credentials#readme",
      files: [
        "src",
        "dist"
      ]
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/util/helper.js
var require_helper = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/util/helper.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_CLIENT = exports.DEFAULT_UA = void 0;
    var os = __importStar(__require("os"));
    var package_json_1 = __importDefault(require_package());
    exports.DEFAULT_UA = `AlibabaCloud (${os.platform()}; ${os.arch()}) Node.js/${process.version} Core/${package_json_1.default.version}`;
    exports.DEFAULT_CLIENT = `Node.js(${process.version}), ${package_json_1.default.name}: ${package_json_1.default.version}`;
  }
});

// node_modules/@alicloud/credentials/dist/src/util/http.js
var require_http = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/util/http.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.request = void 0;
    var httpx_1 = __importDefault(require_lib());
    var kitx = __importStar(require_lib2());
    var helper = __importStar(require_helper());
    var utils = __importStar(require_utils());
    var STATUS_CODE = /* @__PURE__ */ new Set([200, "200", "OK", "Success"]);
    function firstLetterUpper(str) {
      return str.slice(0, 1).toUpperCase() + str.slice(1);
    }
    function formatParams(params) {
      const keys = Object.keys(params);
      const newParams = {};
      for (const key of keys) {
        newParams[firstLetterUpper(key)] = params[key];
      }
      return newParams;
    }
    function encode(str) {
      const result = encodeURIComponent(str);
      return result.replace(/!/g, "%21").replace(/'/g, "%27").replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\*/g, "%2A");
    }
    function replaceRepeatList(target, key, repeat) {
      for (let i = 0; i < repeat.length; i++) {
        const item = repeat[i];
        if (item && typeof item === "object") {
          const keys = Object.keys(item);
          for (const itemKey of keys) {
            target[`${key}.${i + 1}.${itemKey}`] = item[itemKey];
          }
        } else {
          target[`${key}.${i + 1}`] = item;
        }
      }
    }
    function flatParams(params) {
      const target = {};
      const keys = Object.keys(params);
      for (const key of keys) {
        const value = params[key];
        if (Array.isArray(value)) {
          replaceRepeatList(target, key, value);
        } else {
          target[key] = value;
        }
      }
      return target;
    }
    function normalize(params) {
      const list = [];
      const flated = flatParams(params);
      const keys = Object.keys(flated).sort();
      for (const key of keys) {
        const value = flated[key];
        list.push([encode(key), encode(value)]);
      }
      return list;
    }
    function canonicalize(normalized) {
      const fields = [];
      for (const [key, value] of normalized) {
        fields.push(key + "=" + value);
      }
      return fields.join("&");
    }
    function _buildParams() {
      const defaultParams = {
        Format: "JSON",
        SignatureMethod: "HMAC-SHA1",
        SignatureNonce: kitx.makeNonce(),
        SignatureVersion: "1.0",
        Timestamp: utils.timestamp(),
        Version: "2015-04-01",
        RegionId: "cn-hangzhou"
      };
      return defaultParams;
    }
    async function request(host, params = {}, opts = {}, accessKeySecret) {
      let options = Object.assign({ headers: {
        "x-sdk-client": helper.DEFAULT_CLIENT,
        "user-agent": helper.DEFAULT_UA
      } }, opts);
      if (options.formatParams !== false) {
        params = formatParams(params);
      }
      params = Object.assign(Object.assign({}, _buildParams()), params);
      const method = (opts.method || "GET").toUpperCase();
      const normalized = normalize(params);
      if (!options.anonymous) {
        const canonicalized = canonicalize(normalized);
        const stringToSign = `${method}&${encode("/")}&${encode(canonicalized)}`;
        const key = accessKeySecret + "&";
        const signature = kitx.sha1(stringToSign, key, "base64");
        normalized.push(["Signature", encode(signature)]);
      }
      const url = opts.method === "POST" ? `${host}/` : `${host}/?${canonicalize(normalized)}`;
      if (opts.method === "POST") {
        opts.headers = opts.headers || {};
        opts.headers["content-type"] = "application/x-www-form-urlencoded";
        opts.data = canonicalize(normalized);
      }
      const response = await httpx_1.default.request(url, opts);
      const buffer = await httpx_1.default.read(response, "utf8");
      const json = JSON.parse(buffer);
      if (json.Code && !STATUS_CODE.has(json.Code)) {
        const err = new Error(`${json.Message}`);
        err.name = json.Code + "Error";
        err.data = json;
        err.code = json.Code;
        err.url = url;
        throw err;
      }
      return json;
    }
    exports.request = request;
  }
});

// node_modules/@alicloud/credentials/dist/src/rsa_key_pair_credential.js
var require_rsa_key_pair_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/rsa_key_pair_credential.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __importDefault(__require("fs"));
    var session_credential_1 = __importDefault(require_session_credential());
    var utils = __importStar(require_utils());
    var http_1 = require_http();
    var config_1 = __importDefault(require_config());
    var SECURITY_CRED_URL = "http://100.100.100.200/latest/meta-data/ram/security-credentials/";
    var RsaKeyPairCredential = class extends session_credential_1.default {
      constructor(publicKeyId, privateKeyFile) {
        if (!publicKeyId) {
          throw new Error("Missing required publicKeyId option in config for rsa_key_pair");
        }
        if (!privateKeyFile) {
          throw new Error("Missing required privateKeyFile option in config for rsa_key_pair");
        }
        if (!fs_1.default.existsSync(privateKeyFile)) {
          throw new Error(`privateKeyFile ${privateKeyFile} cannot be empty`);
        }
        const conf = new config_1.default({
          type: "rsa_key_pair"
        });
        super(conf);
        this.privateKey = utils.parseFile(privateKeyFile);
        this.publicKeyId = publicKeyId;
      }
      async updateCredential() {
        const url = SECURITY_CRED_URL + this.roleName;
        const json = await (0, http_1.request)(url, {
          accessKeyId: this.publicKeyId,
          action: "GenerateSessionAccessKey",
          durationSeconds: 3600,
          signatureMethod: "SHA256withRSA",
          signatureType: "PRIVATEKEY"
        }, {}, this.privateKey);
        this.sessionCredential = json.Credentials;
      }
    };
    exports.default = RsaKeyPairCredential;
  }
});

// node_modules/@alicloud/credentials/dist/src/bearer_token_credential.js
var require_bearer_token_credential = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/bearer_token_credential.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var default_credential_1 = __importDefault(require_default_credential());
    var config_1 = __importDefault(require_config());
    var BearerTokenCredential = class extends default_credential_1.default {
      constructor(bearerToken) {
        if (!bearerToken) {
          throw new Error("Missing required bearerToken option in config for bearer");
        }
        const conf = new config_1.default({
          type: "bearer"
        });
        super(conf);
        this.bearerToken = bearerToken;
      }
    };
    exports.default = BearerTokenCredential;
  }
});

// node_modules/@alicloud/credentials/dist/src/credentials.js
var require_credentials = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/credentials.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CredentialsBuilder = void 0;
    var Credentials = class {
      constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
        this.securityToken = builder.securityToken;
        this.providerName = builder.providerName;
      }
      static builder() {
        return new CredentialsBuilder();
      }
    };
    exports.default = Credentials;
    var CredentialsBuilder = class {
      withAccessKeyId(value) {
        this.accessKeyId = value;
        return this;
      }
      withAccessKeySecret(value) {
        this.accessKeySecret = value;
        return this;
      }
      withSecurityToken(value) {
        this.securityToken = value;
        return this;
      }
      withProviderName(value) {
        this.providerName = value;
        return this;
      }
      build() {
        return new Credentials(this);
      }
    };
    exports.CredentialsBuilder = CredentialsBuilder;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/static_ak.js
var require_static_ak = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/static_ak.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StaticAKCredentialsProviderBuilder = void 0;
    var credentials_1 = __importDefault(require_credentials());
    var StaticAKCredentialsProviderBuilder = class {
      withAccessKeyId(accessKeyId) {
        this.accessKeyId = accessKeyId;
        return this;
      }
      withAccessKeySecret(accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
        return this;
      }
      build() {
        if (!this.accessKeyId) {
          this.accessKeyId = process.env["ALIBABA_CLOUD_ACCESS_KEY_ID"];
        }
        if (!this.accessKeyId) {
          throw new Error("the access key id is empty");
        }
        if (!this.accessKeySecret) {
          this.accessKeySecret = process.env["ALIBABA_CLOUD_ACCESS_KEY_SECRET"];
        }
        if (!this.accessKeySecret) {
          throw new Error("the access key secret is empty");
        }
        return new StaticAKCredentialsProvider(this);
      }
    };
    exports.StaticAKCredentialsProviderBuilder = StaticAKCredentialsProviderBuilder;
    var StaticAKCredentialsProvider = class {
      static builder() {
        return new StaticAKCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
      }
      getProviderName() {
        return "static_ak";
      }
      async getCredentials() {
        const credentials = credentials_1.default.builder().withAccessKeyId(this.accessKeyId).withAccessKeySecret(this.accessKeySecret).withProviderName("static_ak").build();
        return credentials;
      }
    };
    exports.default = StaticAKCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/static_sts.js
var require_static_sts = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/static_sts.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StaticSTSCredentialsProviderBuilder = void 0;
    var credentials_1 = __importDefault(require_credentials());
    var StaticSTSCredentialsProviderBuilder = class {
      withAccessKeyId(accessKeyId) {
        this.accessKeyId = accessKeyId;
        return this;
      }
      withAccessKeySecret(accessKeySecret) {
        this.accessKeySecret = accessKeySecret;
        return this;
      }
      withSecurityToken(securityToken) {
        this.securityToken = securityToken;
        return this;
      }
      build() {
        if (!this.accessKeyId) {
          this.accessKeyId = process.env["ALIBABA_CLOUD_ACCESS_KEY_ID"];
        }
        if (!this.accessKeyId) {
          throw new Error("the access key id is empty");
        }
        if (!this.accessKeySecret) {
          this.accessKeySecret = process.env["ALIBABA_CLOUD_ACCESS_KEY_SECRET"];
        }
        if (!this.accessKeySecret) {
          throw new Error("the access key secret is empty");
        }
        if (!this.securityToken) {
          this.securityToken = process.env["ALIBABA_CLOUD_SECURITY_TOKEN"];
        }
        if (!this.securityToken) {
          throw new Error("the security token is empty");
        }
        return new StaticSTSCredentialsProvider(this);
      }
    };
    exports.StaticSTSCredentialsProviderBuilder = StaticSTSCredentialsProviderBuilder;
    var StaticSTSCredentialsProvider = class {
      static builder() {
        return new StaticSTSCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.accessKeyId = builder.accessKeyId;
        this.accessKeySecret = builder.accessKeySecret;
        this.securityToken = builder.securityToken;
      }
      getProviderName() {
        return "static_sts";
      }
      async getCredentials() {
        return credentials_1.default.builder().withAccessKeyId(this.accessKeyId).withAccessKeySecret(this.accessKeySecret).withSecurityToken(this.securityToken).withProviderName(this.getProviderName()).build();
      }
    };
    exports.default = StaticSTSCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/http.js
var require_http2 = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/http.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.doRequest = exports.Response = exports.RequestBuilder = exports.Request = void 0;
    var httpx_1 = __importDefault(require_lib());
    var Request = class {
      static builder() {
        return new RequestBuilder();
      }
      constructor(builder) {
        this.method = builder.method;
        this.protocol = builder.protocol;
        this.host = builder.host;
        this.path = builder.path;
        this.queries = builder.queries;
        this.headers = builder.headers;
        this.bodyForm = builder.bodyForm;
        this.bodyBytes = builder.bodyBytes;
        this.url = builder.url;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
      }
      toRequestURL() {
        if (this.url) {
          return this.url;
        }
        let url = `${this.protocol}://${this.host}${this.path}`;
        if (this.queries && Object.keys(this.queries).length > 0) {
          url += `?` + querystringify(this.queries);
        }
        return url;
      }
    };
    exports.Request = Request;
    var RequestBuilder = class {
      build() {
        if (!this.protocol) {
          this.protocol = "https";
        }
        if (!this.path) {
          this.path = "/";
        }
        if (!this.headers) {
          this.headers = {};
        }
        if (!this.queries) {
          this.queries = {};
        }
        return new Request(this);
      }
      withMethod(method) {
        this.method = method;
        return this;
      }
      withProtocol(protocol) {
        this.protocol = protocol;
        return this;
      }
      withHost(host) {
        this.host = host;
        return this;
      }
      withPath(path) {
        this.path = path;
        return this;
      }
      withQueries(queries) {
        this.queries = queries;
        return this;
      }
      withHeaders(headers) {
        this.headers = headers;
        return this;
      }
      withBodyForm(bodyForm) {
        this.bodyForm = bodyForm;
        return this;
      }
      withURL(url) {
        this.url = url;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
    };
    exports.RequestBuilder = RequestBuilder;
    var Response = class {
      static builder() {
        return new ResponseBuilder();
      }
      constructor(builder) {
        this.statusCode = builder.statusCode;
        this.headers = builder.headers;
        this.body = builder.body;
      }
    };
    exports.Response = Response;
    var ResponseBuilder = class {
      withStatusCode(statusCode) {
        this.statusCode = statusCode;
        return this;
      }
      withHeaders(headers) {
        this.headers = headers;
        return this;
      }
      withBody(body) {
        this.body = body;
        return this;
      }
      constructor() {
        this.headers = {};
      }
      build() {
        return new Response(this);
      }
    };
    function querystringify(queries) {
      const fields = [];
      for (const [key, value] of Object.entries(queries)) {
        fields.push(key + "=" + encodeURIComponent(value));
      }
      return fields.join("&");
    }
    async function doRequest(req) {
      const url = req.toRequestURL();
      let body;
      if (req.bodyForm && Object.keys(req.bodyForm).length > 0) {
        body = querystringify(req.bodyForm);
        if (!req.headers["Content-Type"]) {
          req.headers["Content-Type"] = "application/x-www-form-urlencoded";
        }
      }
      const response = await httpx_1.default.request(url, {
        method: req.method,
        data: body,
        headers: req.headers,
        readTimeout: req.readTimeout,
        connectTimeout: req.connectTimeout
      });
      const responseBody = await httpx_1.default.read(response, "");
      return Response.builder().withStatusCode(response.statusCode).withHeaders(response.headers).withBody(responseBody).build();
    }
    exports.doRequest = doRequest;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/time.js
var require_time = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/time.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseUTC = void 0;
    function parseUTC(value) {
      if (!value) {
        throw new Error("invalid UTC format time string");
      }
      if (value.length === 20) {
        if (value[4] !== "-" || value[7] !== "-" || value[10] !== "T" || value[13] !== ":" || value[16] !== ":" || value[19] !== "Z") {
          throw new Error("invalid UTC format date string");
        }
      } else if (value.length === 24) {
        if (value[4] !== "-" || value[7] !== "-" || value[10] !== "T" || value[13] !== ":" || value[16] !== ":" || value[19] !== "." || value[23] !== "Z") {
          throw new Error("invalid UTC format date string");
        }
      } else {
        throw new Error("invalid UTC format time string");
      }
      const yearStr = value.slice(0, 4);
      const year = Number.parseInt(yearStr, 10);
      if (isNaN(year)) {
        throw new Error("invalid year string");
      }
      const monthStr = value.slice(5, 7);
      const month = Number.parseInt(monthStr, 10);
      if (isNaN(month)) {
        throw new Error("invalid month string");
      }
      if (month < 1 || month > 12) {
        throw new Error("invalid month value");
      }
      const dateStr = value.slice(8, 10);
      const date = Number.parseInt(dateStr, 10);
      if (isNaN(date)) {
        throw new Error("invalid date string");
      }
      if (date < 1 || date > 31) {
        throw new Error("invalid date value");
      }
      const hoursStr = value.slice(11, 13);
      const hours = Number.parseInt(hoursStr, 10);
      if (isNaN(hours)) {
        throw new Error("invalid hours string");
      }
      if (hours < 0 || hours > 24) {
        throw new Error("invalid hours value");
      }
      const minutesStr = value.slice(14, 16);
      const minutes = Number.parseInt(minutesStr, 10);
      if (isNaN(minutes)) {
        throw new Error("invalid minutes string");
      }
      if (minutes < 0 || minutes > 60) {
        throw new Error("invalid minutes value");
      }
      const secondsStr = value.slice(17, 19);
      const seconds = Number.parseInt(secondsStr, 10);
      if (isNaN(seconds)) {
        throw new Error("invalid seconds string");
      }
      if (seconds < 0 || seconds > 60) {
        throw new Error("invalid seconds value");
      }
      if (value.length === 24) {
        const msStr = value.slice(20, 23);
        const ms = Number.parseInt(msStr, 10);
        if (isNaN(ms)) {
          throw new Error("invalid ms string");
        }
        return Date.UTC(year, month - 1, date, hours, minutes, seconds, ms);
      }
      return Date.UTC(year, month - 1, date, hours, minutes, seconds);
    }
    exports.parseUTC = parseUTC;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/session.js
var require_session = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/session.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SessionCredentialProvider = exports.Session = exports.STALE_TIME = void 0;
    var time_1 = require_time();
    var utils_1 = require_utils();
    var credentials_1 = __importDefault(require_credentials());
    exports.STALE_TIME = 15 * 60;
    var Session = class {
      constructor(accessKeyId, accessKeySecret, securityToken, expiration) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.securityToken = securityToken;
        this.expiration = expiration;
      }
    };
    exports.Session = Session;
    var SessionCredentialProvider = class {
      constructor(staleTime = 0, prefetchTime = 0) {
        this.staleTime = staleTime || exports.STALE_TIME;
        if (prefetchTime) {
          this.prefetchTime = prefetchTime;
          this.prefetchTimestamp = Date.now() + prefetchTime * 1e3;
        }
        this.refreshFaliure = 0;
      }
      async getCredentials() {
        this.session = await this.getSession();
        return credentials_1.default.builder().withAccessKeyId(this.session.accessKeyId).withAccessKeySecret(this.session.accessKeySecret).withSecurityToken(this.session.securityToken).withProviderName(this.getProviderName()).build();
      }
      refreshTimestamp() {
        this.staleTimestamp = this.expirationTimestamp - this.staleTime;
        if (this.prefetchTimestamp) {
          this.prefetchTimestamp = (Date.now() + this.prefetchTime * 1e3) / 1e3;
        }
      }
      maxStaleFailureJitter() {
        const exponentialBackoffMillis = 1 << this.refreshFaliure - 1;
        return exponentialBackoffMillis > 10 ? exponentialBackoffMillis : 10;
      }
      jitterTime(time, jitterStart, jitterEnd) {
        const jitterRange = jitterEnd - jitterStart;
        const jitterAmount = Math.abs(Math.floor(Math.random() * jitterRange));
        return time + jitterStart + jitterAmount;
      }
      async refreshSession() {
        try {
          const session = await this.refresher();
          const now = Date.now() / 1e3;
          const oldSessionAvailable = this.staleTimestamp > now;
          const oldSession = this.session;
          this.expirationTimestamp = (0, time_1.parseUTC)(session.expiration) / 1e3;
          this.session = session;
          this.refreshFaliure = 0;
          this.refreshTimestamp();
          if (this.staleTimestamp > now) {
            return;
          }
          if (now < this.staleTimestamp + this.staleTime) {
            this.expirationTimestamp = now + this.staleTime;
          }
          if (now > this.staleTimestamp + this.staleTime) {
            if (oldSessionAvailable) {
              this.session = oldSession;
              this.expirationTimestamp = (0, time_1.parseUTC)(oldSession.expiration) / 1e3;
              this.refreshTimestamp();
              return;
            }
            const waitUntilNextRefresh = 50 + (0, utils_1.getRandomInt)(20);
            this.expirationTimestamp = now + waitUntilNextRefresh + this.staleTime;
          }
        } catch (err) {
          if (!this.session) {
            throw err;
          }
          const now = Date.now() / 1e3;
          if (now < this.staleTimestamp) {
            return;
          }
          this.refreshFaliure++;
          this.expirationTimestamp = this.jitterTime(now, 1, this.maxStaleFailureJitter()) + this.staleTime;
        }
      }
      async getSession() {
        if (this.needUpdateCredential() || this.shouldPrefetchCredential()) {
          await this.refreshSession();
          this.refreshTimestamp();
        }
        return this.session;
      }
      needUpdateCredential() {
        if (!this.session || !this.expirationTimestamp) {
          return true;
        }
        return Date.now() / 1e3 >= this.staleTimestamp;
      }
      shouldPrefetchCredential() {
        if (!this.prefetchTimestamp) {
          return false;
        }
        return this.expirationTimestamp - Date.now() / 1e3 <= this.prefetchTime;
      }
      getProviderName() {
        return "session";
      }
    };
    exports.SessionCredentialProvider = SessionCredentialProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/ram_role_arn.js
var require_ram_role_arn = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/ram_role_arn.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var kitx = __importStar(require_lib2());
    var debug_1 = __importDefault(require_src());
    var utils = __importStar(require_utils());
    var http_1 = require_http2();
    var session_1 = require_session();
    var log = (0, debug_1.default)("sign");
    var RAMRoleARNCredentialsProviderBuilder = class {
      build() {
        if (!this.credentialsProvider) {
          throw new Error("must specify a previous credentials provider to asssume role");
        }
        if (!(this.roleArn = this.roleArn || process.env.ALIBABA_CLOUD_ROLE_ARN))
          throw new Error("the RoleArn is empty");
        if (!this.roleSessionName) {
          this.roleSessionName = process.env.ALIBABA_CLOUD_ROLE_SESSION_NAME || "credentials-nodejs-" + Date.now();
        }
        if (!this.stsRegionId) {
          this.stsRegionId = process.env.ALIBABA_CLOUD_STS_REGION;
        }
        if (!this.enableVpc) {
          this.enableVpc = process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED && process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED.toLowerCase() === "true" || false;
        }
        if (!this.durationSeconds) {
          this.durationSeconds = 3600;
        }
        if (this.durationSeconds < 900) {
          throw new Error("session duration should be in the range of 900s - max session duration");
        }
        if (!this.stsEndpoint) {
          if (this.stsRegionId) {
            if (this.enableVpc) {
              this.stsEndpoint = `sts-vpc.${this.stsRegionId}.aliyuncs.com`;
            } else {
              this.stsEndpoint = `sts.${this.stsRegionId}.aliyuncs.com`;
            }
          } else {
            this.stsEndpoint = "sts.aliyuncs.com";
          }
        }
        return new RAMRoleARNCredentialsProvider(this);
      }
      withCredentialsProvider(credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
        return this;
      }
      withRoleArn(roleArn) {
        this.roleArn = roleArn;
        return this;
      }
      withStsRegionId(regionId) {
        this.stsRegionId = regionId;
        return this;
      }
      withStsEndpoint(endpoint) {
        this.stsEndpoint = endpoint;
        return this;
      }
      withRoleSessionName(roleSessionName) {
        this.roleSessionName = roleSessionName;
        return this;
      }
      withPolicy(policy) {
        this.policy = policy;
        return this;
      }
      withExternalId(externalId) {
        this.externalId = externalId;
        return this;
      }
      withDurationSeconds(durationSeconds) {
        this.durationSeconds = durationSeconds;
        return this;
      }
      withEnableVpc(enableVpc) {
        this.enableVpc = enableVpc;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
    };
    function encode(str) {
      const result = encodeURIComponent(str);
      return result.replace(/!/g, "%21").replace(/'/g, "%27").replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\*/g, "%2A");
    }
    var RAMRoleARNCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new RAMRoleARNCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.credentialsProvider = builder.credentialsProvider;
        this.stsEndpoint = builder.stsEndpoint;
        this.roleSessionName = builder.roleSessionName;
        this.policy = builder.policy;
        this.durationSeconds = builder.durationSeconds;
        this.roleArn = builder.roleArn;
        this.externalId = builder.externalId;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
      }
      async getCredentialsInternal() {
        const credentials = await this.credentialsProvider.getCredentials();
        const method = "POST";
        const builder = http_1.Request.builder().withMethod(method).withProtocol("https").withHost(this.stsEndpoint).withReadTimeout(this.readTimeout || 1e4).withConnectTimeout(this.connectTimeout || 5e3);
        const queries = /* @__PURE__ */ Object.create(null);
        queries["Version"] = "2015-04-01";
        queries["Action"] = "AssumeRole";
        queries["Format"] = "JSON";
        queries["Timestamp"] = utils.timestamp();
        queries["SignatureMethod"] = "HMAC-SHA1";
        queries["SignatureVersion"] = "1.0";
        queries["SignatureNonce"] = kitx.makeNonce();
        queries["AccessKeyId"] = credentials.accessKeyId;
        if (credentials.securityToken) {
          queries["SecurityToken"] = credentials.securityToken;
        }
        const bodyForm = /* @__PURE__ */ Object.create(null);
        bodyForm["RoleArn"] = this.roleArn;
        if (this.policy) {
          bodyForm["Policy"] = this.policy;
        }
        if (this.externalId) {
          bodyForm["ExternalId"] = this.externalId;
        }
        bodyForm["RoleSessionName"] = this.roleSessionName;
        bodyForm["DurationSeconds"] = `${this.durationSeconds}`;
        builder.withBodyForm(bodyForm);
        const signParams = /* @__PURE__ */ Object.create(null);
        for (const [key, value] of Object.entries(queries)) {
          signParams[key] = value;
        }
        for (const [key, value] of Object.entries(bodyForm)) {
          signParams[key] = value;
        }
        const keys = Object.keys(signParams).sort();
        const stringToSign = `${method}&${encode("/")}&${encode(keys.map((key) => {
          return `${encode(key)}=${encode(signParams[key])}`;
        }).join("&"))}`;
        log("stringToSign[Client]:");
        log(stringToSign);
        const secret = credentials.accessKeySecret + "&";
        const signature = kitx.sha1(stringToSign, secret, "base64");
        queries["Signature"] = signature;
        builder.withQueries(queries);
        const headers = /* @__PURE__ */ Object.create(null);
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        headers["x-acs-credentials-provider"] = credentials.providerName;
        builder.withHeaders(headers);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode != 200) {
          if (response.headers["content-type"] && response.headers["content-type"].startsWith("application/json")) {
            const body = JSON.parse(response.body.toString("utf8"));
            const serverStringToSign = body.Message.slice("Specified signature is not matched with our calculation. server string to sign is:".length);
            log("stringToSign[Server]:");
            log(stringToSign);
            if (body.Code === "SignatureDoesNotMatch" && serverStringToSign === stringToSign) {
              throw new Error(`the access key secret is invalid`);
            }
          }
          throw new Error(`refresh session token failed: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`refresh RoleArn sts token err, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.Credentials) {
          throw new Error(`refresh RoleArn sts token err, fail to get credentials`);
        }
        if (!data.Credentials.AccessKeyId || !data.Credentials.AccessKeySecret || !data.Credentials.SecurityToken) {
          throw new Error("refresh RoleArn sts token err, fail to get credentials");
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.Credentials;
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
      }
      getProviderName() {
        return `ram_role_arn/${this.credentialsProvider.getProviderName()}`;
      }
    };
    exports.default = RAMRoleARNCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/oidc_role_arn.js
var require_oidc_role_arn = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/oidc_role_arn.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var util_1 = __require("util");
    var session_1 = require_session();
    var utils = __importStar(require_utils());
    var http_1 = require_http2();
    var readFileAsync = (0, util_1.promisify)(fs_1.readFile);
    var OIDCRoleArnCredentialsProviderBuilder = class {
      withOIDCProviderArn(oidcProviderArn) {
        this.oidcProviderArn = oidcProviderArn;
        return this;
      }
      withOIDCTokenFilePath(path) {
        this.oidcTokenFilePath = path;
        return this;
      }
      withRoleArn(roleArn) {
        this.roleArn = roleArn;
        return this;
      }
      withRoleSessionName(roleSessionName) {
        this.roleSessionName = roleSessionName;
        return this;
      }
      withDurationSeconds(durationSeconds) {
        this.durationSeconds = durationSeconds;
        return this;
      }
      withStsEndpoint(stsEndpoint) {
        this.stsEndpoint = stsEndpoint;
        return this;
      }
      withStsRegionId(regionId) {
        this.stsRegionId = regionId;
        return this;
      }
      withPolicy(policy) {
        this.policy = policy;
        return this;
      }
      withEnableVpc(enableVpc) {
        this.enableVpc = enableVpc;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      build() {
        if (!this.oidcProviderArn) {
          this.oidcProviderArn = process.env.ALIBABA_CLOUD_OIDC_PROVIDER_ARN;
        }
        if (!this.oidcTokenFilePath) {
          this.oidcTokenFilePath = process.env.ALIBABA_CLOUD_OIDC_TOKEN_FILE;
        }
        if (!this.roleSessionName) {
          this.roleSessionName = process.env.ALIBABA_CLOUD_ROLE_SESSION_NAME;
        }
        if (!this.durationSeconds) {
          this.durationSeconds = 3600;
        }
        if (!this.roleArn) {
          this.roleArn = process.env.ALIBABA_CLOUD_ROLE_ARN;
        }
        if (!this.roleArn) {
          throw new Error("roleArn does not exist and env ALIBABA_CLOUD_ROLE_ARN is null.");
        }
        if (!this.oidcProviderArn) {
          throw new Error("oidcProviderArn does not exist and env ALIBABA_CLOUD_OIDC_PROVIDER_ARN is null.");
        }
        if (!this.oidcTokenFilePath) {
          throw new Error("oidcTokenFilePath is not exists and env ALIBABA_CLOUD_OIDC_TOKEN_FILE is null.");
        }
        if (!this.roleSessionName) {
          this.roleSessionName = "credentials-nodejs-" + Date.now();
        }
        if (this.durationSeconds < 900) {
          throw new Error("session duration should be in the range of 900s - max session duration");
        }
        if (!this.stsRegionId) {
          this.stsRegionId = process.env.ALIBABA_CLOUD_STS_REGION;
        }
        if (!this.enableVpc) {
          this.enableVpc = process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED && process.env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED.toLowerCase() === "true" || false;
        }
        if (!this.stsEndpoint) {
          if (this.stsRegionId) {
            if (this.enableVpc) {
              this.stsEndpoint = `sts-vpc.${this.stsRegionId}.aliyuncs.com`;
            } else {
              this.stsEndpoint = `sts.${this.stsRegionId}.aliyuncs.com`;
            }
          } else {
            this.stsEndpoint = "sts.aliyuncs.com";
          }
        }
        return new OIDCRoleArnCredentialsProvider(this);
      }
    };
    var OIDCRoleArnCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new OIDCRoleArnCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.roleArn = builder.roleArn;
        this.oidcProviderArn = builder.oidcProviderArn;
        this.oidcTokenFilePath = builder.oidcTokenFilePath;
        this.policy = builder.policy;
        this.durationSeconds = builder.durationSeconds;
        this.roleSessionName = builder.roleSessionName;
        this.stsEndpoint = builder.stsEndpoint;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.doRequest = http_1.doRequest;
      }
      getProviderName() {
        return "oidc_role_arn";
      }
      async getCredentialsInternal() {
        const oidcToken = await readFileAsync(this.oidcTokenFilePath, "utf8");
        const builder = http_1.Request.builder().withMethod("POST").withProtocol("https").withHost(this.stsEndpoint).withReadTimeout(this.readTimeout || 1e4).withConnectTimeout(this.connectTimeout || 5e3);
        const queries = /* @__PURE__ */ Object.create(null);
        queries["Version"] = "2015-04-01";
        queries["Action"] = "AssumeRoleWithOIDC";
        queries["Format"] = "JSON";
        queries["Timestamp"] = utils.timestamp();
        builder.withQueries(queries);
        const bodyForm = /* @__PURE__ */ Object.create(null);
        bodyForm["OIDCProviderArn"] = this.oidcProviderArn;
        bodyForm["OIDCToken"] = oidcToken;
        bodyForm["RoleArn"] = this.roleArn;
        if (this.policy) {
          bodyForm["Policy"] = this.policy;
        }
        bodyForm["RoleSessionName"] = this.roleSessionName;
        bodyForm["DurationSeconds"] = `${this.durationSeconds}`;
        builder.withBodyForm(bodyForm);
        const headers = /* @__PURE__ */ Object.create(null);
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        builder.withHeaders(headers);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get sts token failed with OIDC: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get sts token failed with OIDC, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.Credentials) {
          throw new Error(`get sts token failed with OIDC`);
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.Credentials;
        if (!AccessKeyId || !AccessKeySecret || !SecurityToken) {
          throw new Error("get sts token failed with OIDC");
        }
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
      }
    };
    exports.default = OIDCRoleArnCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/ecs_ram_role.js
var require_ecs_ram_role = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/ecs_ram_role.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var http_1 = require_http2();
    var session_1 = require_session();
    var PREFETCH_TIME = 60 * 60;
    var defaultMetadataTokenDuration = 21600;
    var ECSRAMRoleCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new ECSRAMRoleCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME, PREFETCH_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.roleName = builder.roleName;
        this.disableIMDSv1 = builder.disableIMDSv1;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.checker = null;
        this.shouldRefreshCred = false;
        if (builder.asyncCredentialUpdateEnabled) {
          this.checker = this.checkCredentialsUpdateAsynchronously();
        }
      }
      checkCredentialsUpdateAsynchronously() {
        return setTimeout(async () => {
          try {
            if (this.shouldRefreshCred) {
              await this.getCredentials();
            }
          } catch (err) {
            console.error("CheckCredentialsUpdateAsynchronously Error:", err);
          } finally {
            this.checker = this.checkCredentialsUpdateAsynchronously();
          }
        }, 1e3 * 60);
      }
      close() {
        if (this.checker != null) {
          clearTimeout(this.checker);
          this.checker = null;
        }
      }
      shouldFallbackToIMDSv1(metadataToken) {
        return metadataToken !== null && !this.disableIMDSv1;
      }
      async getMetadataToken() {
        const request = http_1.Request.builder().withMethod("PUT").withProtocol("http").withHost("100.100.100.200").withPath("/latest/api/token").withHeaders({
          "x-aliyun-ecs-metadata-token-ttl-seconds": `${defaultMetadataTokenDuration}`
        }).withReadTimeout(this.readTimeout || 1e3).withConnectTimeout(this.connectTimeout || 1e3).build();
        try {
          const response = await this.doRequest(request);
          if (response.statusCode !== 200) {
            throw new Error(`get metadata token failed with ${response.statusCode}`);
          }
          return response.body.toString("utf8");
        } catch (error) {
          if (this.disableIMDSv1) {
            throw error;
          }
          return null;
        }
      }
      async getRoleName() {
        const metadataToken = await this.getMetadataToken();
        try {
          return await this.doGetRoleName(metadataToken);
        } catch (error) {
          if (this.shouldFallbackToIMDSv1(metadataToken)) {
            return await this.doGetRoleName(null);
          }
          throw error;
        }
      }
      async doGetRoleName(metadataToken) {
        const builder = http_1.Request.builder().withMethod("GET").withProtocol("http").withHost("100.100.100.200").withPath("/latest/meta-data/ram/security-credentials/").withReadTimeout(this.readTimeout || 1e3).withConnectTimeout(this.connectTimeout || 1e3);
        if (metadataToken !== null) {
          builder.withHeaders({
            "x-aliyun-ecs-metadata-token": metadataToken
          });
        }
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get role name failed: ${request.method} ${request.toRequestURL()} ${response.statusCode}`);
        }
        return response.body.toString().trim();
      }
      async getCredentialsInternal() {
        let roleName = this.roleName;
        if (!roleName) {
          roleName = await this.getRoleName();
        }
        const metadataToken = await this.getMetadataToken();
        try {
          return await this.doGetCredentials(roleName, metadataToken);
        } catch (error) {
          if (this.shouldFallbackToIMDSv1(metadataToken)) {
            return await this.doGetCredentials(roleName, null);
          }
          throw error;
        }
      }
      async doGetCredentials(roleName, metadataToken) {
        const builder = http_1.Request.builder().withMethod("GET").withProtocol("http").withHost("100.100.100.200").withPath(`/latest/meta-data/ram/security-credentials/${roleName}`).withReadTimeout(this.readTimeout || 1e3).withConnectTimeout(this.connectTimeout || 1e3);
        if (metadataToken !== null) {
          builder.withHeaders({
            "x-aliyun-ecs-metadata-token": metadataToken
          });
        }
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get sts token failed, httpStatus: ${response.statusCode}, message = ${response.body.toString()}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString());
        } catch (ex) {
          throw new Error(`get sts token failed, json parse failed: ${ex.message}`);
        }
        if (!data || !data.AccessKeyId || !data.AccessKeySecret || !data.SecurityToken) {
          throw new Error("get sts token failed");
        }
        if (data.Code !== "Success") {
          throw new Error("refresh Ecs sts token err, Code is not Success");
        }
        this.shouldRefreshCred = true;
        return new session_1.Session(data.AccessKeyId, data.AccessKeySecret, data.SecurityToken, data.Expiration);
      }
      getProviderName() {
        return "ecs_ram_role";
      }
    };
    exports.default = ECSRAMRoleCredentialsProvider;
    var ECSRAMRoleCredentialsProviderBuilder = class {
      constructor() {
        this.disableIMDSv1 = false;
        this.asyncCredentialUpdateEnabled = false;
      }
      withRoleName(roleName) {
        this.roleName = roleName;
        return this;
      }
      withDisableIMDSv1(disableIMDSv1) {
        this.disableIMDSv1 = disableIMDSv1;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      withAsyncCredentialUpdateEnabled(asyncCredentialUpdateEnabled) {
        this.asyncCredentialUpdateEnabled = asyncCredentialUpdateEnabled;
        return this;
      }
      build() {
        if (process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED && process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED.toLowerCase() === "true") {
          throw new Error("IMDS credentials is disabled");
        }
        if (!this.roleName) {
          this.roleName = process.env.ALIBABA_CLOUD_ECS_METADATA;
        }
        if (process.env.ALIBABA_CLOUD_IMDSV1_DISABLED && process.env.ALIBABA_CLOUD_IMDSV1_DISABLED.toLowerCase() === "true") {
          this.disableIMDSv1 = true;
        }
        return new ECSRAMRoleCredentialsProvider(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/cloud_sso.js
var require_cloud_sso = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/cloud_sso.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var session_1 = require_session();
    var http_1 = require_http2();
    var CloudSSOCredentialsProviderBuilder = class {
      withSignInUrl(signInUrl) {
        this.signInUrl = signInUrl;
        return this;
      }
      withAccountId(accountId) {
        this.accountId = accountId;
        return this;
      }
      withAccessConfig(accessConfig) {
        this.accessConfig = accessConfig;
        return this;
      }
      withAccessToken(accessToken) {
        this.accessToken = accessToken;
        return this;
      }
      withAccessTokenExpire(accessTokenExpire) {
        this.accessTokenExpire = accessTokenExpire;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      build() {
        const now = Math.floor(Date.now() / 1e3);
        if (!this.accessToken || !this.accessTokenExpire || this.accessTokenExpire - now <= 0) {
          throw new Error("CloudSSO access token is empty or expired, please re-login with cli.");
        }
        if (!this.signInUrl || !this.accountId || !this.accessConfig) {
          throw new Error("CloudSSO sign in url, account id, and access config cannot be empty.");
        }
        return new CloudSSOCredentialsProvider(this);
      }
    };
    var CloudSSOCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new CloudSSOCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.signInUrl = builder.signInUrl;
        this.accountId = builder.accountId;
        this.accessConfig = builder.accessConfig;
        this.accessToken = builder.accessToken;
        this.accessTokenExpire = builder.accessTokenExpire;
        this.connectTimeout = builder.connectTimeout || 5e3;
        this.readTimeout = builder.readTimeout || 1e4;
        this.doRequest = http_1.doRequest;
      }
      getProviderName() {
        return "cloud_sso";
      }
      async getCredentialsInternal() {
        const url = new URL(this.signInUrl);
        const body = JSON.stringify({
          AccountId: this.accountId,
          AccessConfigurationId: this.accessConfig
        });
        const headers = {
          "Accept": "application/json",
          "Content-Type": "application/json",
          "Authorization": `Bearer ${this.accessToken}`
        };
        const request = http_1.Request.builder().withMethod("POST").withProtocol(url.protocol.replace(":", "")).withHost(url.host).withPath("/cloud-credentials").withHeaders(headers).withReadTimeout(this.readTimeout).withConnectTimeout(this.connectTimeout).build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get session token from CloudSSO failed: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get session token from CloudSSO failed, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.CloudCredential) {
          throw new Error("get session token from CloudSSO failed, fail to get credentials");
        }
        const { AccessKeyId, AccessKeySecret, SecurityToken, Expiration } = data.CloudCredential;
        if (!AccessKeyId || !AccessKeySecret || !SecurityToken) {
          throw new Error("get session token from CloudSSO failed, fail to get credentials");
        }
        return new session_1.Session(AccessKeyId, AccessKeySecret, SecurityToken, Expiration);
      }
    };
    exports.default = CloudSSOCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/oauth.js
var require_oauth = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/oauth.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var session_1 = require_session();
    var http_1 = require_http2();
    var utils = __importStar(require_utils());
    var OAuthCredentialsProviderBuilder = class {
      withClientId(clientId) {
        this.clientId = clientId;
        return this;
      }
      withSignInUrl(signInUrl) {
        this.signInUrl = signInUrl;
        return this;
      }
      withRefreshToken(refreshToken) {
        this.refreshToken = refreshToken;
        return this;
      }
      withAccessToken(accessToken) {
        this.accessToken = accessToken;
        return this;
      }
      withAccessTokenExpire(accessTokenExpire) {
        this.accessTokenExpire = accessTokenExpire;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withTokenUpdateCallback(callback) {
        this.tokenUpdateCallback = callback;
        return this;
      }
      build() {
        if (!this.clientId) {
          throw new Error("the clientId is empty");
        }
        if (!this.signInUrl) {
          throw new Error("the url for sign-in is empty");
        }
        return new OAuthCredentialsProvider(this);
      }
    };
    var OAuthCredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new OAuthCredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsInternal;
        this.clientId = builder.clientId;
        this.signInUrl = builder.signInUrl;
        this.refreshToken = builder.refreshToken;
        this.accessToken = builder.accessToken;
        this.accessTokenExpire = builder.accessTokenExpire;
        this.connectTimeout = builder.connectTimeout || 5e3;
        this.readTimeout = builder.readTimeout || 1e4;
        this.tokenUpdateCallback = builder.tokenUpdateCallback;
        this.doRequest = http_1.doRequest;
      }
      getProviderName() {
        return "oauth";
      }
      async tryRefreshOAuthToken() {
        const url = new URL(this.signInUrl);
        const bodyForm = {
          "grant_type": "refresh_token",
          "refresh_token": this.refreshToken,
          "client_id": this.clientId,
          "Timestamp": utils.timestamp()
        };
        const headers = {
          "Content-Type": "application/x-www-form-urlencoded"
        };
        const request = http_1.Request.builder().withMethod("POST").withProtocol(url.protocol.replace(":", "")).withHost(url.host).withPath("/v1/token").withHeaders(headers).withBodyForm(bodyForm).withReadTimeout(this.readTimeout).withConnectTimeout(this.connectTimeout).build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`failed to refresh OAuth token, status code: ${response.statusCode}`);
        }
        let tokenResp;
        try {
          tokenResp = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`failed to refresh OAuth token, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!tokenResp || !tokenResp.access_token || !tokenResp.refresh_token) {
          throw new Error(`failed to refresh OAuth token: ${response.body.toString("utf8")}`);
        }
        this.accessToken = tokenResp.access_token;
        this.refreshToken = tokenResp.refresh_token;
        this.accessTokenExpire = Math.floor(Date.now() / 1e3) + (tokenResp.expires_in || 3600);
      }
      async getCredentialsInternal() {
        const now = Math.floor(Date.now() / 1e3);
        if (this.refreshToken && (!this.accessToken || !this.accessTokenExpire || this.accessTokenExpire - now <= 1200)) {
          await this.tryRefreshOAuthToken();
        }
        const url = new URL(this.signInUrl);
        const headers = {
          "Content-Type": "application/json",
          "Authorization": `Bearer ${this.accessToken}`
        };
        const request = http_1.Request.builder().withMethod("POST").withProtocol(url.protocol.replace(":", "")).withHost(url.host).withPath("/v1/exchange").withHeaders(headers).withReadTimeout(this.readTimeout).withConnectTimeout(this.connectTimeout).build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get session token from OAuth failed: ${response.body.toString("utf8")}`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get session token from OAuth failed, unmarshal fail: ${response.body.toString("utf8")}`);
        }
        if (!data || !data.accessKeyId || !data.accessKeySecret || !data.securityToken) {
          throw new Error(`refresh session token from OAuth failed, fail to get credentials: ${response.body.toString("utf8")}`);
        }
        if (this.tokenUpdateCallback) {
          try {
            const stsExpire = data.expiration ? Math.floor(new Date(data.expiration).getTime() / 1e3) : 0;
            await this.tokenUpdateCallback(this.refreshToken, this.accessToken, data.accessKeyId, data.accessKeySecret, data.securityToken, this.accessTokenExpire, stsExpire);
          } catch (e) {
          }
        }
        return new session_1.Session(data.accessKeyId, data.accessKeySecret, data.securityToken, data.expiration);
      }
    };
    exports.default = OAuthCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/utils/command.js
var require_command = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/utils/command.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitProcessCommand = void 0;
    function splitProcessCommand(command, windows = process.platform === "win32") {
      const input = (command || "").trim();
      if (!input) {
        throw new Error("process_command is empty");
      }
      const args = [];
      let current = "";
      let inSingle = false;
      let inDouble = false;
      let hasToken = false;
      const flush = () => {
        if (hasToken) {
          args.push(current);
          current = "";
          hasToken = false;
        }
      };
      for (let i = 0; i < input.length; i++) {
        const c = input[i];
        if (inSingle) {
          if (c === "'") {
            inSingle = false;
          } else {
            current += c;
          }
          continue;
        }
        if (inDouble) {
          if (c === '"') {
            inDouble = false;
            continue;
          }
          if (c === "\\" && i + 1 < input.length) {
            const next = input[i + 1];
            if (windows) {
              if (next === '"') {
                current += next;
                i++;
                continue;
              }
            } else if (next === "\n") {
              i++;
              continue;
            } else if (next === '"' || next === "\\" || next === "$" || next === "`") {
              current += next;
              i++;
              continue;
            }
          }
          current += c;
          continue;
        }
        if (c === "\\") {
          if (windows) {
            hasToken = true;
            current += c;
            continue;
          }
          if (i + 1 >= input.length) {
            throw new Error("invalid process_command: trailing backslash");
          }
          if (input[i + 1] === "\n") {
            i++;
            continue;
          }
          hasToken = true;
          current += input[++i];
          continue;
        }
        if (c === "'") {
          inSingle = true;
          hasToken = true;
          continue;
        }
        if (c === '"') {
          inDouble = true;
          hasToken = true;
          continue;
        }
        if (/\s/.test(c)) {
          flush();
          continue;
        }
        hasToken = true;
        current += c;
      }
      if (inSingle || inDouble) {
        throw new Error("invalid process_command: unclosed quote");
      }
      flush();
      if (args.length === 0 || args[0] === "") {
        throw new Error("process_command is empty");
      }
      return args;
    }
    exports.splitProcessCommand = splitProcessCommand;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/external.js
var require_external = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/external.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var child_process_1 = __require("child_process");
    var util_1 = __require("util");
    var credentials_1 = __importDefault(require_credentials());
    var command_1 = require_command();
    var execFileAsync = (0, util_1.promisify)(child_process_1.execFile);
    var EXPIRATION_SLOT_SECONDS = 180;
    var ExternalCredentialsProviderBuilder = class {
      withProcessCommand(processCommand) {
        this.processCommand = processCommand;
        return this;
      }
      withTimeout(timeout) {
        this.timeout = timeout;
        return this;
      }
      withCredentialUpdateCallback(callback) {
        this.credentialUpdateCallback = callback;
        return this;
      }
      build() {
        if (!this.processCommand) {
          throw new Error("process_command is empty");
        }
        return new ExternalCredentialsProvider(this);
      }
    };
    var ExternalCredentialsProvider = class {
      static builder() {
        return new ExternalCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.expirationTimestamp = 0;
        this.processCommand = builder.processCommand;
        this.timeout = builder.timeout || 60 * 1e3;
        this.credentialUpdateCallback = builder.credentialUpdateCallback;
      }
      getProviderName() {
        return "external";
      }
      needUpdateCredential() {
        if (!this.session) {
          return true;
        }
        if (!this.expirationTimestamp) {
          return true;
        }
        return this.expirationTimestamp - Math.floor(Date.now() / 1e3) <= EXPIRATION_SLOT_SECONDS;
      }
      async getCredentialsInternal() {
        const args = (0, command_1.splitProcessCommand)(this.processCommand);
        let stdout;
        try {
          const result = await execFileAsync(args[0], args.slice(1), {
            timeout: this.timeout,
            env: process.env
          });
          stdout = result.stdout;
        } catch (ex) {
          throw new Error(`failed to execute external command: ${ex.message}`);
        }
        let data;
        try {
          data = JSON.parse(stdout);
        } catch (ex) {
          throw new Error(`failed to parse external command output: ${ex.message}`);
        }
        if (!data || !data.access_key_id || !data.access_key_secret) {
          throw new Error("invalid credential response: access_key_id or access_key_secret is empty");
        }
        if (data.mode === "StsToken" && !data.sts_token) {
          throw new Error("invalid StsToken credential response: sts_token is empty");
        }
        return data;
      }
      async getCredentials() {
        if (this.needUpdateCredential()) {
          const session = await this.getCredentialsInternal();
          this.session = session;
          this.expirationTimestamp = session.expiration ? Math.floor(new Date(session.expiration).getTime() / 1e3) : 0;
          if (Number.isNaN(this.expirationTimestamp)) {
            this.expirationTimestamp = 0;
          }
          if (this.credentialUpdateCallback) {
            try {
              await this.credentialUpdateCallback(session.access_key_id, session.access_key_secret, session.sts_token, this.expirationTimestamp);
            } catch (e) {
            }
          }
        }
        return credentials_1.default.builder().withAccessKeyId(this.session.access_key_id).withAccessKeySecret(this.session.access_key_secret).withSecurityToken(this.session.sts_token).withProviderName(this.getProviderName()).build();
      }
    };
    exports.default = ExternalCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/cli_profile.js
var require_cli_profile = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/cli_profile.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProfile = exports.getConfiguration = void 0;
    var fs_1 = __require("fs");
    var util_1 = __require("util");
    var path_1 = __importDefault(__require("path"));
    var os_1 = __importDefault(__require("os"));
    var credentials_1 = __importDefault(require_credentials());
    var static_ak_1 = __importDefault(require_static_ak());
    var static_sts_1 = __importDefault(require_static_sts());
    var ram_role_arn_1 = __importDefault(require_ram_role_arn());
    var oidc_role_arn_1 = __importDefault(require_oidc_role_arn());
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    var cloud_sso_1 = __importDefault(require_cloud_sso());
    var oauth_1 = __importDefault(require_oauth());
    var external_1 = __importDefault(require_external());
    var readFileAsync = (0, util_1.promisify)(fs_1.readFile);
    var writeFileAsync = (0, util_1.promisify)(fs_1.writeFile);
    var OAUTH_BASE_URL_MAP = {
      "CN": "https://oauth.aliyun.com",
      "INTL": "https://oauth.alibabacloud.com"
    };
    var OAUTH_CLIENT_MAP = {
      "CN": "4038181954557748008",
      "INTL": "4103531455503354461"
    };
    var CLIProfileCredentialsProviderBuilder = class {
      build() {
        if (!this.profileName) {
          this.profileName = process.env.ALIBABA_CLOUD_PROFILE;
        }
        if (process.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED && process.env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED.toLowerCase() === "true") {
          throw new Error("the CLI profile is disabled");
        }
        return new CLIProfileCredentialsProvider(this);
      }
      withProfileName(profileName) {
        this.profileName = profileName;
        return this;
      }
    };
    async function getConfiguration(cfgPath) {
      let content;
      try {
        content = await readFileAsync(cfgPath, "utf8");
      } catch (ex) {
        throw new Error(`reading aliyun cli config from '${cfgPath}' failed.`);
      }
      let conf;
      try {
        conf = JSON.parse(content);
      } catch (ex) {
        throw new Error(`parse aliyun cli config from '${cfgPath}' failed: ${content}`);
      }
      if (!conf || !conf.profiles || conf.profiles.length === 0) {
        throw new Error(`no any configured profiles in '${cfgPath}'`);
      }
      return conf;
    }
    exports.getConfiguration = getConfiguration;
    function getProfile(conf, profileName) {
      for (const p of conf.profiles) {
        if (p.name === profileName) {
          return p;
        }
      }
      throw new Error(`unable to get profile with '${profileName}'`);
    }
    exports.getProfile = getProfile;
    var CLIProfileCredentialsProvider = class {
      static builder() {
        return new CLIProfileCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.homedir = os_1.default.homedir();
        this.profileName = builder.profileName;
      }
      createOAuthTokenUpdateCallback(conf, profileName) {
        return async (refreshToken, accessToken, accessKeyId, accessKeySecret, securityToken, accessTokenExpire, stsExpire) => {
          try {
            const cfgPath = path_1.default.join(this.homedir, ".aliyun", "config.json");
            const content = await readFileAsync(cfgPath, "utf8");
            const config = JSON.parse(content);
            if (!config || !config.profiles)
              return;
            const oauthProfile = this.findOAuthProfile(config, profileName);
            if (!oauthProfile)
              return;
            oauthProfile.oauth_refresh_token = refreshToken;
            oauthProfile.oauth_access_token = accessToken;
            oauthProfile.oauth_access_token_expire = accessTokenExpire;
            oauthProfile.access_key_id = accessKeyId;
            oauthProfile.access_key_secret = accessKeySecret;
            oauthProfile.sts_token = securityToken;
            oauthProfile.sts_expiration = stsExpire;
            await writeFileAsync(cfgPath, JSON.stringify(config, null, 4), "utf8");
          } catch (e) {
          }
        };
      }
      findOAuthProfile(conf, profileName) {
        for (const p of conf.profiles) {
          if (p.name === profileName) {
            if (p.mode === "OAuth")
              return p;
            if (p.source_profile)
              return this.findOAuthProfile(conf, p.source_profile);
            return null;
          }
        }
        return null;
      }
      createExternalCredentialUpdateCallback(conf, profileName) {
        return async (accessKeyId, accessKeySecret, securityToken, expiration) => {
          try {
            const cfgPath = path_1.default.join(this.homedir, ".aliyun", "config.json");
            const content = await readFileAsync(cfgPath, "utf8");
            const config = JSON.parse(content);
            if (!config || !config.profiles)
              return;
            const externalProfile = this.findExternalProfile(config, profileName);
            if (!externalProfile)
              return;
            externalProfile.access_key_id = accessKeyId;
            externalProfile.access_key_secret = accessKeySecret;
            externalProfile.sts_token = securityToken;
            externalProfile.sts_expiration = expiration;
            await writeFileAsync(cfgPath, JSON.stringify(config, null, 4), "utf8");
          } catch (e) {
          }
        };
      }
      findExternalProfile(conf, profileName) {
        for (const p of conf.profiles) {
          if (p.name === profileName) {
            if (p.mode === "External")
              return p;
            if (p.source_profile)
              return this.findExternalProfile(conf, p.source_profile);
            return null;
          }
        }
        return null;
      }
      getCredentialsProvider(conf, profileName) {
        const p = getProfile(conf, profileName);
        switch (p.mode) {
          case "AK":
            return static_ak_1.default.builder().withAccessKeyId(p.access_key_id).withAccessKeySecret(p.access_key_secret).build();
          case "StsToken":
            return static_sts_1.default.builder().withAccessKeyId(p.access_key_id).withAccessKeySecret(p.access_key_secret).withSecurityToken(p.sts_token).build();
          case "RamRoleArn": {
            const previousProvider = static_ak_1.default.builder().withAccessKeyId(p.access_key_id).withAccessKeySecret(p.access_key_secret).build();
            return ram_role_arn_1.default.builder().withCredentialsProvider(previousProvider).withRoleArn(p.ram_role_arn).withRoleSessionName(p.ram_session_name).withDurationSeconds(p.expired_seconds).withStsRegionId(p.sts_region).withStsEndpoint(p.sts_endpoint).withEnableVpc(p.enable_vpc).build();
          }
          case "EcsRamRole":
            return ecs_ram_role_1.default.builder().withRoleName(p.ram_role_name).build();
          case "OIDC":
            return oidc_role_arn_1.default.builder().withOIDCTokenFilePath(p.oidc_token_file).withOIDCProviderArn(p.oidc_provider_arn).withRoleArn(p.ram_role_arn).withStsRegionId(p.sts_region).withDurationSeconds(p.expired_seconds).withRoleSessionName(p.ram_session_name).withDurationSeconds(p.duration_seconds).withEnableVpc(p.enable_vpc).build();
          case "ChainableRamRoleArn": {
            const previousProvider = this.getCredentialsProvider(conf, p.source_profile);
            return ram_role_arn_1.default.builder().withCredentialsProvider(previousProvider).withRoleArn(p.ram_role_arn).withRoleSessionName(p.ram_session_name).withDurationSeconds(p.expired_seconds).withStsRegionId(p.sts_region).build();
          }
          case "CloudSSO":
            return cloud_sso_1.default.builder().withSignInUrl(p.cloud_sso_sign_in_url).withAccountId(p.cloud_sso_account_id).withAccessConfig(p.cloud_sso_access_config).withAccessToken(p.access_token).withAccessTokenExpire(p.cloud_sso_access_token_expire).build();
          case "OAuth": {
            const siteType = (p.oauth_site_type || "").toUpperCase();
            const oauthSignInUrl = OAUTH_BASE_URL_MAP[siteType];
            if (!oauthSignInUrl) {
              throw new Error("invalid OAuth site type, support CN or INTL");
            }
            const oauthClientId = OAUTH_CLIENT_MAP[siteType];
            return oauth_1.default.builder().withSignInUrl(oauthSignInUrl).withClientId(oauthClientId).withRefreshToken(p.oauth_refresh_token).withAccessToken(p.oauth_access_token).withAccessTokenExpire(p.oauth_access_token_expire).withTokenUpdateCallback(this.createOAuthTokenUpdateCallback(conf, profileName)).build();
          }
          case "External":
            return external_1.default.builder().withProcessCommand(p.process_command).withCredentialUpdateCallback(this.createExternalCredentialUpdateCallback(conf, profileName)).build();
          default:
            throw new Error(`unsupported profile mode '${p.mode}'`);
        }
      }
      async getCredentials() {
        if (!this.innerProvider) {
          if (!this.homedir) {
            throw new Error("cannot found home dir");
          }
          const cfgPath = path_1.default.join(this.homedir, ".aliyun", "config.json");
          const conf = await getConfiguration(cfgPath);
          const profileName = this.profileName || conf.current;
          this.innerProvider = this.getCredentialsProvider(conf, profileName);
        }
        const credentials = await this.innerProvider.getCredentials();
        return credentials_1.default.builder().withAccessKeyId(credentials.accessKeyId).withAccessKeySecret(credentials.accessKeySecret).withSecurityToken(credentials.securityToken).withProviderName(`${this.getProviderName()}/${this.innerProvider.getProviderName()}`).build();
      }
      getProviderName() {
        return "cli_profile";
      }
    };
    exports.default = CLIProfileCredentialsProvider;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/env.js
var require_env = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/env.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var credentials_1 = __importDefault(require_credentials());
    var EnvironmentVariableCredentialsProvider = class {
      static builder() {
        return new EnvironmentVariableCredentialsProviderBuilder();
      }
      async getCredentials() {
        const accessKeyId = process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
        if (!accessKeyId) {
          throw new Error("unable to get credentials from enviroment variables, Access key ID must be specified via environment variable (ALIBABA_CLOUD_ACCESS_KEY_ID)");
        }
        const accessKeySecret = process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
        if (!accessKeySecret) {
          throw new Error("unable to get credentials from enviroment variables, Access key secret must be specified via environment variable (ALIBABA_CLOUD_ACCESS_KEY_SECRET)");
        }
        const securityToken = process.env.ALIBABA_CLOUD_SECURITY_TOKEN;
        return credentials_1.default.builder().withAccessKeyId(accessKeyId).withAccessKeySecret(accessKeySecret).withSecurityToken(securityToken).withProviderName(this.getProviderName()).build();
      }
      getProviderName() {
        return "env";
      }
      constructor(builder) {
      }
    };
    exports.default = EnvironmentVariableCredentialsProvider;
    var EnvironmentVariableCredentialsProviderBuilder = class {
      build() {
        return new EnvironmentVariableCredentialsProvider(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/uri.js
var require_uri = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.URICredentialsProviderBuilder = void 0;
    var session_1 = require_session();
    var http_1 = require_http2();
    var URICredentialsProvider = class extends session_1.SessionCredentialProvider {
      static builder() {
        return new URICredentialsProviderBuilder();
      }
      constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsUri;
        this.credentialsURI = builder.credentialsURI;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
      }
      getProviderName() {
        return "credential_uri";
      }
      async getCredentialsUri() {
        const builder = http_1.Request.builder().withMethod("GET").withURL(this.credentialsURI).withReadTimeout(this.readTimeout || 1e4).withConnectTimeout(this.connectTimeout || 5e3);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
          throw new Error(`get sts token failed, httpStatus: ${response.statusCode}, message = ${response.body.toString("utf8")}.`);
        }
        let data;
        try {
          data = JSON.parse(response.body.toString("utf8"));
        } catch (ex) {
          throw new Error(`get sts token failed, json parse failed: ${ex.message}, result: ${response.body.toString("utf8")}.`);
        }
        if (!data || !data.AccessKeyId || !data.AccessKeySecret || !data.SecurityToken) {
          throw new Error(`error retrieving credentials from credentialsURI result: ${JSON.stringify(data)}.`);
        }
        return new session_1.Session(data.AccessKeyId, data.AccessKeySecret, data.SecurityToken, data.Expiration);
      }
    };
    exports.default = URICredentialsProvider;
    var URICredentialsProviderBuilder = class {
      withCredentialsURI(credentialsURI) {
        this.credentialsURI = credentialsURI;
        return this;
      }
      withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
      }
      withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
      }
      build() {
        if (!this.credentialsURI) {
          this.credentialsURI = process.env.ALIBABA_CLOUD_CREDENTIALS_URI;
        }
        return new URICredentialsProvider(this);
      }
    };
    exports.URICredentialsProviderBuilder = URICredentialsProviderBuilder;
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/profile.js
var require_profile = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/profile.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var path_1 = __importDefault(__require("path"));
    var os_1 = __importDefault(__require("os"));
    var credentials_1 = __importDefault(require_credentials());
    var utils_1 = require_utils();
    var static_ak_1 = __importDefault(require_static_ak());
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    var ram_role_arn_1 = __importDefault(require_ram_role_arn());
    var ProfileCredentialsProvider = class {
      async getCredentials() {
        if (!this.innerProvider) {
          let sharedCfgPath = process.env.ALIBABA_CLOUD_CREDENTIALS_FILE;
          if (!sharedCfgPath) {
            if (!this.homedir) {
              throw new Error("cannot found home dir");
            }
            sharedCfgPath = path_1.default.join(this.homedir, ".alibabacloud/credentials");
          }
          const ini = await (0, utils_1.loadIni)(sharedCfgPath);
          this.innerProvider = this.getCredentialsProvider(ini);
        }
        const credentials = await this.innerProvider.getCredentials();
        return credentials_1.default.builder().withAccessKeyId(credentials.accessKeyId).withAccessKeySecret(credentials.accessKeySecret).withSecurityToken(credentials.securityToken).withProviderName(`${this.getProviderName()}/${this.innerProvider.getProviderName()}`).build();
      }
      getCredentialsProvider(ini) {
        const config = ini[this.profileName] || {};
        if (!config.type) {
          throw new Error(`Can not find credential type for "${this.profileName}"`);
        }
        switch (config.type) {
          case "access_key":
            return static_ak_1.default.builder().withAccessKeyId(config.access_key_id).withAccessKeySecret(config.access_key_secret).build();
          case "ecs_ram_role":
            return ecs_ram_role_1.default.builder().withRoleName(config.role_name).build();
          case "ram_role_arn": {
            const previous = static_ak_1.default.builder().withAccessKeyId(config.access_key_id).withAccessKeySecret(config.access_key_secret).build();
            return ram_role_arn_1.default.builder().withCredentialsProvider(previous).withRoleArn(config.role_arn).withRoleSessionName(config.role_session_name).withPolicy(config.policy).build();
          }
          default:
            throw new Error("Invalid type option, support: access_key, ecs_ram_role, ram_role_arn");
        }
      }
      getProviderName() {
        return "profile";
      }
      static builder() {
        return new ProfileCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.homedir = os_1.default.homedir();
        this.profileName = builder.profileName;
      }
    };
    exports.default = ProfileCredentialsProvider;
    var ProfileCredentialsProviderBuilder = class {
      withProfileName(profileName) {
        this.profileName = profileName;
        return this;
      }
      build() {
        if (!this.profileName) {
          this.profileName = process.env.ALIBABA_CLOUD_PROFILE || "default";
        }
        return new ProfileCredentialsProvider(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/providers/default.js
var require_default = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/providers/default.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var credentials_1 = __importDefault(require_credentials());
    var cli_profile_1 = __importDefault(require_cli_profile());
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    var env_1 = __importDefault(require_env());
    var oidc_role_arn_1 = __importDefault(require_oidc_role_arn());
    var uri_1 = __importDefault(require_uri());
    var profile_1 = __importDefault(require_profile());
    var DefaultCredentialsProvider = class {
      static builder() {
        return new DefaultCredentialsProviderBuilder();
      }
      constructor(builder) {
        this.providers = [];
        try {
          const envProvider = env_1.default.builder().build();
          this.providers.push(envProvider);
        } catch (ex) {
        }
        try {
          const oidcProvider = oidc_role_arn_1.default.builder().build();
          this.providers.push(oidcProvider);
        } catch (ex) {
        }
        try {
          const cliProfileProvider = cli_profile_1.default.builder().build();
          this.providers.push(cliProfileProvider);
        } catch (ex) {
        }
        try {
          const profileProvider = profile_1.default.builder().build();
          this.providers.push(profileProvider);
        } catch (ex) {
        }
        try {
          const ecsRamRoleProvider = ecs_ram_role_1.default.builder().withRoleName(process.env.ALIBABA_CLOUD_ECS_METADATA).build();
          this.providers.push(ecsRamRoleProvider);
        } catch (ex) {
        }
        try {
          const uriProvider = uri_1.default.builder().withCredentialsURI(process.env.ALIBABA_CLOUD_CREDENTIALS_URI).build();
          this.providers.push(uriProvider);
        } catch (ex) {
        }
      }
      async getCredentials() {
        if (this.lastUsedProvider) {
          const inner = await this.lastUsedProvider.getCredentials();
          return credentials_1.default.builder().withAccessKeyId(inner.accessKeyId).withAccessKeySecret(inner.accessKeySecret).withSecurityToken(inner.securityToken).withProviderName(`${this.getProviderName()}/${this.lastUsedProvider.getProviderName()}`).build();
        }
        const errors = [];
        for (const provider of this.providers) {
          this.lastUsedProvider = provider;
          let inner;
          try {
            inner = await provider.getCredentials();
          } catch (ex) {
            errors.push(ex);
            continue;
          }
          if (inner) {
            return credentials_1.default.builder().withAccessKeyId(inner.accessKeyId).withAccessKeySecret(inner.accessKeySecret).withSecurityToken(inner.securityToken).withProviderName(`${this.getProviderName()}/${this.lastUsedProvider.getProviderName()}`).build();
          }
        }
        throw new Error(`unable to get credentials from any of the providers in the chain: ${errors.map((e) => {
          return e.message;
        }).join(", ")}`);
      }
      getProviderName() {
        return "default";
      }
    };
    exports.default = DefaultCredentialsProvider;
    var DefaultCredentialsProviderBuilder = class {
      build() {
        return new DefaultCredentialsProvider(this);
      }
    };
  }
});

// node_modules/@alicloud/credentials/dist/src/client.js
var require_client = __commonJS({
  "node_modules/@alicloud/credentials/dist/src/client.js"(exports) {
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CLIProfileCredentialsProvider = exports.ProfileCredentialsProvider = exports.EnvironmentVariableCredentialsProvider = exports.URICredentialsProvider = exports.ECSRAMRoleCredentialsProvider = exports.OIDCRoleArnCredentialsProvider = exports.RAMRoleARNCredentialsProvider = exports.StaticSTSCredentialsProvider = exports.StaticAKCredentialsProvider = exports.DefaultCredentialsProvider = exports.Config = exports.CredentialModel = void 0;
    var rsa_key_pair_credential_1 = __importDefault(require_rsa_key_pair_credential());
    var bearer_token_credential_1 = __importDefault(require_bearer_token_credential());
    var config_1 = __importDefault(require_config());
    exports.Config = config_1.default;
    var credential_model_1 = __importDefault(require_credential_model());
    exports.CredentialModel = credential_model_1.default;
    var static_ak_1 = __importDefault(require_static_ak());
    exports.StaticAKCredentialsProvider = static_ak_1.default;
    var static_sts_1 = __importDefault(require_static_sts());
    exports.StaticSTSCredentialsProvider = static_sts_1.default;
    var ram_role_arn_1 = __importDefault(require_ram_role_arn());
    exports.RAMRoleARNCredentialsProvider = ram_role_arn_1.default;
    var oidc_role_arn_1 = __importDefault(require_oidc_role_arn());
    exports.OIDCRoleArnCredentialsProvider = oidc_role_arn_1.default;
    var ecs_ram_role_1 = __importDefault(require_ecs_ram_role());
    exports.ECSRAMRoleCredentialsProvider = ecs_ram_role_1.default;
    var default_1 = __importDefault(require_default());
    exports.DefaultCredentialsProvider = default_1.default;
    var uri_1 = __importDefault(require_uri());
    exports.URICredentialsProvider = uri_1.default;
    var cli_profile_1 = __importDefault(require_cli_profile());
    exports.CLIProfileCredentialsProvider = cli_profile_1.default;
    var profile_1 = __importDefault(require_profile());
    exports.ProfileCredentialsProvider = profile_1.default;
    var env_1 = __importDefault(require_env());
    exports.EnvironmentVariableCredentialsProvider = env_1.default;
    var InnerCredentialsClient = class {
      constructor(type, provider) {
        this.type = type;
        this.provider = provider;
      }
      /**
       * @deprecated use getCredential() instead of
       * @returns the access key id of credentials
       */
      async getAccessKeyId() {
        const credentials = await this.provider.getCredentials();
        return credentials.accessKeyId;
      }
      /**
       * @deprecated use getCredential() instead of
       * @returns the access key secret of credentials
       */
      async getAccessKeySecret() {
        const credentials = await this.provider.getCredentials();
        return credentials.accessKeySecret;
      }
      /**
       * @deprecated use getCredential() instead of
       * @returns the security token of credentials
       */
      async getSecurityToken() {
        const credentials = await this.provider.getCredentials();
        return credentials.securityToken;
      }
      getBearerToken() {
        return;
      }
      getType() {
        return this.type;
      }
      async getCredential() {
        const credentials = await this.provider.getCredentials();
        return new credential_model_1.default({
          accessKeyId: credentials.accessKeyId,
          accessKeySecret: credentials.accessKeySecret,
          securityToken: credentials.securityToken,
          bearerToken: void 0,
          type: this.getType(),
          providerName: credentials.providerName
        });
      }
    };
    function isCredentialsProviderClass(t) {
      if (!t) {
        return false;
      }
      return typeof t.getCredentials === "function" && typeof t.getProviderName === "function";
    }
    var Credential = class {
      constructor(config = null, provider = null) {
        if (isCredentialsProviderClass(provider)) {
          this.load(null, provider);
        } else {
          this.load(config, null);
        }
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getAccessKeyId() {
        return this.credential.getAccessKeyId();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getAccessKeySecret() {
        return this.credential.getAccessKeySecret();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getSecurityToken() {
        return this.credential.getSecurityToken();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getBearerToken() {
        return this.credential.getBearerToken();
      }
      /**
       * @deprecated Use getCredential() instead of
       */
      getType() {
        return this.credential.getType();
      }
      getCredential() {
        return this.credential.getCredential();
      }
      load(config, provider) {
        if (provider) {
          this.credential = new InnerCredentialsClient(provider.getProviderName(), provider);
          return;
        }
        if (!config) {
          this.credential = new InnerCredentialsClient("default", default_1.default.builder().build());
          return;
        }
        if (!config.type) {
          throw new Error("Missing required type option");
        }
        switch (config.type) {
          case "access_key":
            this.credential = new InnerCredentialsClient("access_key", static_ak_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).build());
            break;
          case "sts":
            this.credential = new InnerCredentialsClient("sts", static_sts_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).withSecurityToken(config.securityToken).build());
            break;
          case "ecs_ram_role":
            this.credential = new InnerCredentialsClient("ecs_ram_role", ecs_ram_role_1.default.builder().withRoleName(config.roleName).withDisableIMDSv1(config.disableIMDSv1).withAsyncCredentialUpdateEnabled(config.asyncCredentialUpdateEnabled).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).build());
            break;
          case "ram_role_arn":
            {
              let credentialsProvider;
              if (config.securityToken) {
                credentialsProvider = static_sts_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).withSecurityToken(config.securityToken).build();
              } else {
                credentialsProvider = static_ak_1.default.builder().withAccessKeyId(config.accessKeyId).withAccessKeySecret(config.accessKeySecret).build();
              }
              this.credential = new InnerCredentialsClient("ram_role_arn", ram_role_arn_1.default.builder().withCredentialsProvider(credentialsProvider).withRoleArn(config.roleArn).withPolicy(config.policy).withDurationSeconds(config.roleSessionExpiration).withRoleSessionName(config.roleSessionName).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).withEnableVpc(config.enableVpc).withStsEndpoint(config.stsEndpoint).withStsRegionId(config.stsRegionId).withExternalId(config.externalId).build());
            }
            break;
          case "oidc_role_arn":
            this.credential = new InnerCredentialsClient("oidc_role_arn", oidc_role_arn_1.default.builder().withRoleArn(config.roleArn).withOIDCProviderArn(config.oidcProviderArn).withOIDCTokenFilePath(config.oidcTokenFilePath).withRoleSessionName(config.roleSessionName).withPolicy(config.policy).withDurationSeconds(config.roleSessionExpiration).withStsEndpoint(config.stsEndpoint).withStsRegionId(config.stsRegionId).withEnableVpc(config.enableVpc).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).build());
            break;
          case "rsa_key_pair":
            this.credential = new rsa_key_pair_credential_1.default(config.publicKeyId, config.privateKeyFile);
            break;
          case "bearer":
            this.credential = new bearer_token_credential_1.default(config.bearerToken);
            break;
          case "credentials_uri":
            this.credential = new InnerCredentialsClient("credentials_uri", uri_1.default.builder().withCredentialsURI(config.credentialsURI).withReadTimeout(config.timeout).withConnectTimeout(config.connectTimeout).build());
            break;
          default:
            throw new Error("Invalid type option, support: access_key, sts, ecs_ram_role, ram_role_arn, rsa_key_pair, credentials_uri");
        }
      }
    };
    exports.default = Credential;
  }
});

export {
  require_lib,
  require_tea,
  require_client
};
