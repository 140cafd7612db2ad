/**
 * Keeps the caret after the first character typed into an empty paragraph. ProseMirror lets
 * the browser insert typed text and then reads the change and the new caret back from the DOM.
 * In an empty paragraph (only ProseMirror's trailing <br>), Chromium sometimes still reports
 * the caret in front of the new text node at that moment: when the key comes before the
 * selectionchange of the caret that Enter (or a list or heading command) has just put there.
 * ProseMirror then put its caret before the first character, and the rest of the word was
 * typed in front of it ("A new section" became " new sectionA"). So in an empty textblock
 * the editor inserts the text itself, as ProseMirror already does for typing over a node
 * selection, and places the caret after it without reading the DOM.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';

/** The extension; used by the document editor, the cell editor and the comment composer. */
export const CaretAfterTyping = Extension.create({
  name: 'caretAfterTyping',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretAfterTyping'),
        props: {
          handleDOMEvents: {
            beforeinput(view, event) {
              const { inputType, data, isComposing } = event as InputEvent;
              if (inputType !== 'insertText' || !data || isComposing || view.composing)
                return false;
              const { selection } = view.state;
              if (!(selection instanceof TextSelection) || !selection.$cursor) return false;
              if (selection.$cursor.parent.content.size > 0) return false;
              event.preventDefault();
              const { from, to } = selection;
              const insert = () => view.state.tr.insertText(data).scrollIntoView();
              // Input rules (and any other text-input handler) still see the keystroke.
              const handled = view.someProp('handleTextInput', (handle) =>
                handle(view, from, to, data, insert),
              );
              if (!handled) view.dispatch(insert());
              return true;
            },
          },
        },
      }),
    ];
  },
});
