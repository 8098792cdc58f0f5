/** A spinning ring (antd's `Spin`), with its text under it; `inline` is the small one inside a button. */
export function Spinner({ label, large = false, inline = false }: { label?: string; large?: boolean; inline?: boolean }) {
  if (inline) return <span className="pf-spin-dot" style={{ width: 12, height: 12, borderWidth: 2 }} aria-hidden />;
  return (
    <span className={large ? 'pf-spin pf-spin-lg' : 'pf-spin'} role={label ? 'status' : undefined}>
      <span className="pf-spin-dot" aria-hidden />
      {label && <span>{label}</span>}
    </span>
  );
}
