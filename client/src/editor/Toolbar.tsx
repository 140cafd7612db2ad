/**
 * The formatting toolbar: one Tab stop, arrow keys between buttons (roving tabindex), every
 * button labelled with its shortcut, toggles exposing aria-pressed, unavailable actions
 * aria-disabled (still focusable, so keyboard users can discover them). The table tools join
 * the toolbar while the caret is in a table.
 */
import type { Editor } from '@tiptap/core';
import { Fragment, memo, useMemo } from 'react';
import { useRovingTabIndex } from '../components/useRovingTabIndex';
import { icons } from './icons';
import { useThrottledEditorState } from './useThrottledEditorState';
import type { ToolbarGroup } from './toolbarActions';
import { displayShortcut, mainToolbarGroups, tableToolbarGroup } from './toolbarActions';

/** Props of Toolbar. */
export interface ToolbarProps {
  readonly editor: Editor;
  readonly onLink: () => void;
  /** The person may not change the text: every button is unavailable. */
  readonly readOnly?: boolean;
  /** Id of the element that says why the toolbar is unavailable. */
  readonly describedBy?: string;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface ButtonState {
  readonly active: boolean | undefined;
  readonly enabled: boolean;
}

/** Before the first computation every button is shown available and off. */
const INITIAL_STATE: { inTable: boolean; buttons: Record<string, ButtonState> } = {
  inTable: false,
  buttons: {},
};

/** The toolbar above the document. */
export const Toolbar = memo(function Toolbar({
  editor,
  onLink,
  readOnly = false,
  describedBy,
}: ToolbarProps) {
  const mainGroups = useMemo(() => mainToolbarGroups(onLink), [onLink]);
  const tableGroup = useMemo(() => tableToolbarGroup(), []);

  const state = useThrottledEditorState(
    editor,
    (current) => {
      const inTable = current.isActive('table');
      const groups = inTable ? [...mainGroups, tableGroup] : mainGroups;
      const buttons: Record<string, ButtonState> = {};
      // One dry-run command set for all buttons: building it is the expensive part.
      const can = current.can();
      for (const group of groups) {
        for (const action of group.actions) {
          buttons[action.id] = {
            active: action.isActive ? action.isActive(current) : undefined,
            // Editability comes from `readOnly` below, which changes in the same render as the
            // editor's: read here, it would lag a throttle interval behind the editor.
            enabled: action.canRun(current, can),
          };
        }
      }
      return { inTable, buttons };
    },
    INITIAL_STATE,
    100,
    readOnly,
  );

  const groups: ReadonlyArray<ToolbarGroup> = state.inTable
    ? [...mainGroups, tableGroup]
    : mainGroups;
  const ids = groups.flatMap((group) => group.actions.map((action) => action.id));
  const { getItemProps, handleKeyDown } = useRovingTabIndex(ids);

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label="Formatting"
      aria-controls="document-editor"
      aria-describedby={describedBy}
      onKeyDown={handleKeyDown}
    >
      {groups.map((group, groupIndex) => (
        <Fragment key={group.id}>
          {groupIndex > 0 ? (
            <span className="toolbar__separator" role="separator" aria-orientation="vertical" />
          ) : null}
          <span
            className={`toolbar__group toolbar__group--${group.id}`}
            role="group"
            aria-label={group.label}
          >
            {group.actions.map((action) => {
              const buttonState = state.buttons[action.id];
              const enabled = !readOnly && (buttonState?.enabled ?? true);
              const shortcut = action.shortcut ? displayShortcut(action.shortcut, isMac) : null;
              return (
                <button
                  key={action.id}
                  type="button"
                  className={`toolbar__button${action.text ? ' toolbar__button--text' : ''}`}
                  aria-label={action.label}
                  aria-pressed={action.isActive ? (buttonState?.active ?? false) : undefined}
                  aria-disabled={enabled ? undefined : true}
                  aria-keyshortcuts={
                    action.shortcut && isMac
                      ? action.shortcut.replace('Control', 'Meta')
                      : action.shortcut
                  }
                  title={shortcut ? `${action.label} (${shortcut})` : action.label}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    // The shown state lags up to a beat behind the editor; the click acts on
                    // the editor as it is now, so a fresh change is never swallowed.
                    if (!readOnly && editor.isEditable && action.canRun(editor, editor.can())) {
                      action.run(editor);
                    }
                  }}
                  {...getItemProps(action.id)}
                >
                  {action.text ?? icons[action.id]}
                </button>
              );
            })}
          </span>
        </Fragment>
      ))}
    </div>
  );
});
