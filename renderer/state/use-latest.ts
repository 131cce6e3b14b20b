// A value as of the last commit, for handlers that outlive a render (key handlers, CodeMirror
// keymaps, a list's click delegate). Updated in a layout effect, in the same task as the DOM: a
// passive effect after a transition render (a findings answer) runs only after the browser has
// painted, and a key pressed in between acted on the list before it (F8 on findings already drawn did
// nothing, as the list it stepped through was still empty).
import { useLayoutEffect, useRef } from 'react';

export function useLatest<T>(value: T): { readonly current: T } {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  return latest;
}
