/**
 * What each toolbar button does, whether it is on (aria-pressed) and whether it can run now,
 * with the keyboard shortcut it mirrors. One table, so the toolbar, its tooltips and the
 * keyboard stay in step.
 */
import type { CanCommands, Editor } from '@tiptap/core';

/** A toolbar button. */
export interface ToolbarAction {
  readonly id: string;
  readonly label: string;
  /** Shortcut in aria-keyshortcuts form ("Control+B"); shown in the tooltip. */
  readonly shortcut?: string;
  /** Text shown instead of an icon (heading buttons). */
  readonly text?: string;
  /** Toggle buttons report their state with aria-pressed. */
  readonly isActive?: (editor: Editor) => boolean;
  /** Whether the action can run now; `can` is one dry-run command set shared by all buttons. */
  readonly canRun: (editor: Editor, can: CanCommands) => boolean;
  readonly run: (editor: Editor) => void;
}

/** A group of buttons between separators. */
export interface ToolbarGroup {
  readonly id: string;
  readonly label: string;
  readonly actions: ReadonlyArray<ToolbarAction>;
}

const toggle = (
  id: string,
  label: string,
  shortcut: string,
  isActive: (editor: Editor) => boolean,
  command: (editor: Editor) => boolean,
  dryRun: (can: CanCommands) => boolean,
): ToolbarAction => ({
  id,
  label,
  shortcut,
  isActive,
  canRun: (_editor, can) => dryRun(can),
  run: (editor) => void command(editor),
});

/** The main toolbar, left to right. `onLink` opens the link editor. */
export function mainToolbarGroups(onLink: () => void): ToolbarGroup[] {
  return [
    {
      id: 'history',
      label: 'History',
      actions: [
        {
          id: 'undo',
          label: 'Undo my last change',
          shortcut: 'Control+Z',
          canRun: (_editor, can) => can.undo(),
          run: (editor) => void editor.chain().focus().undo().run(),
        },
        {
          id: 'redo',
          label: 'Redo my change',
          shortcut: 'Control+Shift+Z',
          canRun: (_editor, can) => can.redo(),
          run: (editor) => void editor.chain().focus().redo().run(),
        },
      ],
    },
    {
      id: 'block',
      label: 'Text style',
      actions: [
        {
          id: 'paragraph',
          label: 'Normal text',
          text: 'Normal',
          shortcut: 'Control+Alt+0',
          isActive: (editor) => editor.isActive('paragraph'),
          canRun: (editor, can) => editor.isActive('paragraph') || can.setParagraph(),
          run: (editor) => void editor.chain().focus().setParagraph().run(),
        },
        ...([1, 2, 3] as const).map((level): ToolbarAction => ({
          id: `heading${level}`,
          label: `Heading ${level}`,
          text: `H${level}`,
          shortcut: `Control+Alt+${level}`,
          isActive: (editor) => editor.isActive('heading', { level }),
          canRun: (editor, can) =>
            editor.isActive('heading', { level }) || can.setHeading({ level }),
          run: (editor) => void editor.chain().focus().setHeading({ level }).run(),
        })),
      ],
    },
    {
      id: 'marks',
      label: 'Text formatting',
      actions: [
        toggle(
          'bold',
          'Bold',
          'Control+B',
          (editor) => editor.isActive('bold'),
          (editor) => editor.chain().focus().toggleBold().run(),
          (can) => can.toggleBold(),
        ),
        toggle(
          'italic',
          'Italic',
          'Control+I',
          (editor) => editor.isActive('italic'),
          (editor) => editor.chain().focus().toggleItalic().run(),
          (can) => can.toggleItalic(),
        ),
        toggle(
          'underline',
          'Underline',
          'Control+U',
          (editor) => editor.isActive('underline'),
          (editor) => editor.chain().focus().toggleUnderline().run(),
          (can) => can.toggleUnderline(),
        ),
        toggle(
          'strike',
          'Strikethrough',
          'Control+Shift+S',
          (editor) => editor.isActive('strike'),
          (editor) => editor.chain().focus().toggleStrike().run(),
          (can) => can.toggleStrike(),
        ),
        toggle(
          'code',
          'Inline code',
          'Control+E',
          (editor) => editor.isActive('code'),
          (editor) => editor.chain().focus().toggleCode().run(),
          (can) => can.toggleCode(),
        ),
        {
          id: 'link',
          label: 'Link',
          shortcut: 'Control+K',
          isActive: (editor) => editor.isActive('link'),
          canRun: (editor, can) =>
            editor.isActive('link') || can.setLink({ href: 'https://example.org' }),
          run: () => onLink(),
        },
      ],
    },
    {
      id: 'lists',
      label: 'Lists',
      actions: [
        toggle(
          'bulletList',
          'Bulleted list',
          'Control+Shift+8',
          (editor) => editor.isActive('bulletList'),
          (editor) => editor.chain().focus().toggleBulletList().run(),
          (can) => can.toggleBulletList(),
        ),
        toggle(
          'orderedList',
          'Numbered list',
          'Control+Shift+7',
          (editor) => editor.isActive('orderedList'),
          (editor) => editor.chain().focus().toggleOrderedList().run(),
          (can) => can.toggleOrderedList(),
        ),
        toggle(
          'taskList',
          'Checklist',
          'Control+Shift+9',
          (editor) => editor.isActive('taskList'),
          (editor) => editor.chain().focus().toggleTaskList().run(),
          (can) => can.toggleTaskList(),
        ),
      ],
    },
    {
      id: 'blocks',
      label: 'Blocks',
      actions: [
        toggle(
          'blockquote',
          'Quote',
          'Control+Shift+B',
          (editor) => editor.isActive('blockquote'),
          (editor) => editor.chain().focus().toggleBlockquote().run(),
          (can) => can.toggleBlockquote(),
        ),
        toggle(
          'codeBlock',
          'Code block',
          'Control+Alt+C',
          (editor) => editor.isActive('codeBlock'),
          (editor) => editor.chain().focus().toggleCodeBlock().run(),
          (can) => can.toggleCodeBlock(),
        ),
        {
          id: 'horizontalRule',
          label: 'Divider line',
          canRun: (_editor, can) => can.setHorizontalRule(),
          run: (editor) => void editor.chain().focus().setHorizontalRule().run(),
        },
        {
          id: 'table',
          label: 'Insert table (3 × 3)',
          canRun: (editor, can) =>
            !editor.isActive('table') && can.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
          run: (editor) =>
            void editor
              .chain()
              .focus()
              .insertTable({ rows: 3, cols: 3, withHeaderRow: true })
              .run(),
        },
      ],
    },
  ];
}

const tableCommand = (
  id: string,
  label: string,
  text: string,
  check: (can: CanCommands) => boolean,
  command: (editor: Editor) => boolean,
): ToolbarAction => ({
  id,
  label,
  text,
  canRun: (_editor, can) => check(can),
  run: (editor) => void command(editor),
});

/** The table tools, shown while the caret is in a table. */
export function tableToolbarGroup(): ToolbarGroup {
  return {
    id: 'table-tools',
    label: 'Table',
    actions: [
      tableCommand(
        'addRowBefore',
        'Add row above',
        'Row above',
        (can) => can.addRowBefore(),
        (editor) => editor.chain().focus().addRowBefore().run(),
      ),
      tableCommand(
        'addRowAfter',
        'Add row below',
        'Row below',
        (can) => can.addRowAfter(),
        (editor) => editor.chain().focus().addRowAfter().run(),
      ),
      tableCommand(
        'addColumnBefore',
        'Add column to the left',
        'Column left',
        (can) => can.addColumnBefore(),
        (editor) => editor.chain().focus().addColumnBefore().run(),
      ),
      tableCommand(
        'addColumnAfter',
        'Add column to the right',
        'Column right',
        (can) => can.addColumnAfter(),
        (editor) => editor.chain().focus().addColumnAfter().run(),
      ),
      tableCommand(
        'deleteRow',
        'Delete row',
        'Delete row',
        (can) => can.deleteRow(),
        (editor) => editor.chain().focus().deleteRow().run(),
      ),
      tableCommand(
        'deleteColumn',
        'Delete column',
        'Delete column',
        (can) => can.deleteColumn(),
        (editor) => editor.chain().focus().deleteColumn().run(),
      ),
      tableCommand(
        'toggleHeaderRow',
        'Header row on or off',
        'Header row',
        (can) => can.toggleHeaderRow(),
        (editor) => editor.chain().focus().toggleHeaderRow().run(),
      ),
      tableCommand(
        'deleteTable',
        'Delete table',
        'Delete table',
        (can) => can.deleteTable(),
        (editor) => editor.chain().focus().deleteTable().run(),
      ),
    ],
  };
}

/** Shortcut in the form people read on this platform ("Ctrl+B", "⌘B"). */
export function displayShortcut(shortcut: string, isMac: boolean): string {
  if (!isMac) return shortcut.replace('Control', 'Ctrl');
  return shortcut.replace('Control+', '⌘').replace('Alt+', '⌥').replace('Shift+', '⇧');
}
