import { Badge } from "@/components/ui/badge";

const TEXT = {
  testimony: "Dit is een voorbeeldverhaal. Het gaat niet over een echte persoon.",
  campaign: "Dit is een voorbeeldcampagne. Ze toont hoe een campagne eruit kan zien.",
} as const;

/** The visible "Voorbeeld" label of demo content, with one sentence that says what it means. */
export function ExampleNotice({ kind, compact = false }: { kind: keyof typeof TEXT; compact?: boolean }) {
  if (compact) {
    return (
      <p className="mt-3">
        <Badge tone="example">Voorbeeld</Badge> <span>{TEXT[kind]}</span>
      </p>
    );
  }
  return (
    <div className="my-6 max-w-3xl rounded-lg border-l-8 border-amber-700 bg-amber-50 p-4">
      <p>
        <Badge tone="example">Voorbeeld</Badge> <span className="font-semibold">{TEXT[kind]}</span>
      </p>
    </div>
  );
}
