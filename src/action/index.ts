// The GitHub Action's entry point.
import { run } from './main.js';

void run();
