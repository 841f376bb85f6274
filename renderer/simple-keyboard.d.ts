// simple-keyboard's bundle for modern browsers (a third of the size of its default one, which
// carries polyfills Chromium does not need) has no types of its own: it is the same class.
declare module 'simple-keyboard/build/index.modern.esm.js' {
  import Keyboard from 'simple-keyboard';
  export default Keyboard;
}
