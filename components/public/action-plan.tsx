import { Badge } from "@/components/ui/badge";
import type { ActionPlanLine } from "@/lib/content/get-action-plan";
import { ACTION_STATUS_LABELS } from "@/lib/content/labels";
import { ShiftedMarkdown } from "./shifted-markdown";

/** The lines of action (h2) with their numbered actions (h3); bodies are shifted below them. */
export function ActionPlan({ lines }: { lines: ActionPlanLine[] }) {
  return (
    <div className="mt-12 space-y-12">
      {lines.map((line) => (
        <section
          key={line.number}
          id={`krachtlijn-${line.number}`}
          aria-labelledby={`krachtlijn-${line.number}-titel`}
          className="scroll-mt-4"
        >
          <h2
            id={`krachtlijn-${line.number}-titel`}
            className="text-brand-900 text-2xl font-bold sm:text-3xl"
          >
            <span className="text-brand-700 block text-lg font-semibold">Krachtlijn {line.number}</span>
            {line.title}
          </h2>
          <p className="mt-3 max-w-3xl text-lg">{line.summary}</p>
          <ShiftedMarkdown source={line.body} top={3} className="mt-3 max-w-3xl" />
          <ol className="mt-6 space-y-5">
            {line.actions.map((action) => (
              <li
                key={action.number}
                id={`actie-${action.number}`}
                className="border-brand-100 max-w-3xl scroll-mt-4 rounded-lg border-2 bg-white p-5"
              >
                <h3 className="text-xl leading-snug font-bold">
                  <span className="bg-brand-700 mr-2 inline-flex h-9 min-w-9 items-center justify-center rounded-full px-2 text-white">
                    <span className="sr-only">Actie </span>
                    {action.number}
                  </span>
                  {action.title}
                </h3>
                <p className="mt-3">
                  <span className="font-semibold">Stand van zaken:</span>{" "}
                  <Badge>{ACTION_STATUS_LABELS[action.status]}</Badge>
                </p>
                <p className="mt-3">{action.summary}</p>
                <ShiftedMarkdown source={action.body} top={4} className="mt-3" />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
