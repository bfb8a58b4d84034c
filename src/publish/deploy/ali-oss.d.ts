// ali-oss ships no types; oss.ts declares the little it uses.
declare module 'ali-oss';
