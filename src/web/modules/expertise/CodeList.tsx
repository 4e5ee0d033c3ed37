/** Codes with their names as a list ("16010 Social Protection"), or nothing when empty. */
export function CodeList({
  items,
  showCode = true,
}: {
  items: { code: string; name: string }[];
  showCode?: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map((i) => (
        <li key={i.code}>
          {showCode && i.name !== i.code ? (
            <>
              <strong>{i.code}</strong> {i.name}
            </>
          ) : (
            i.name
          )}
        </li>
      ))}
    </ul>
  );
}
