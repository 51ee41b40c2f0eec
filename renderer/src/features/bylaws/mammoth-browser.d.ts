// mammoth's prebuilt browser bundle (it carries its own Buffer and zip code) has the same API
// as the package's main entry, whose types it ships.
declare module 'mammoth/mammoth.browser.js' {
  const mammoth: typeof import('mammoth');
  export default mammoth;
}
