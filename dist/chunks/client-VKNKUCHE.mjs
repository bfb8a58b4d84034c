import { createRequire as __fcppCreateRequire } from 'node:module';
const require = __fcppCreateRequire(import.meta.url);
import {
  require_client
} from "./chunk-JUUWF3YZ.mjs";
import "./chunk-6H25OUW7.mjs";
import "./chunk-LI6FLOQR.mjs";
export default require_client();
