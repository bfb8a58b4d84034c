/**
 * Owns the doctor's public face: every Function Compute start failure that can be seen in an
 * artifact before it is deployed. The entry the CLI and the build call; the work is in
 * view.ts (the file view), checks/*.ts (one module per family), diagnose.ts and report.ts.
 */
export { DOCTOR_FINDING_CODES } from './findings.js';
export { normalizeName } from '../formats/requirements.js';
export type { DoctorKind, DoctorOptions, DoctorReport, LayerSource } from './context.js';
export { checkArtifact, diagnose, openArtifact, runDoctor, type CheckArtifactOptions } from './diagnose.js';
export { findingLine } from './findings.js';
export { doctorExitCode, formatReport } from './report.js';
export { detectKind } from './view.js';
