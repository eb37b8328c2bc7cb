/** A button-styled label that opens the file picker for a JSON file; the same file may be chosen again. */
export function JsonFileButton({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  return (
    <label className="button-like">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
