// Components one feature lends to another feature's pages ("slots"): the lender declares a lazy
// loader in its WebModule, app/modules.ts hands them to provideSlots, and a page mounts one by name
// (<Slot name="duplicateHint" ... />) without importing the lender. A slot nobody fills renders
// nothing, so a page works with the lending feature left out.
import { type ComponentType, lazy, Suspense } from "react";

/** A record as a form holds it (strings as typed), for the duplicate hint. */
export type HintDraft = {
  nik?: string;
  noKk?: string;
  name?: string;
  sex?: "" | "L" | "P";
  birthPlace?: string;
  /** ISO, or as typed: "12-05-1980", "12/5/1980". */
  birthDate?: string;
  phone?: string;
  street?: string;
  rt?: string;
  rw?: string;
  /** The owner's KTP village, else the business's region. */
  villageCode?: string | null;
  regionCode?: string | null;
};

/** Every slot and the props its component takes. */
export type SlotProps = {
  /** People who may be the record being typed (under an entry form or a sent queue record). */
  duplicateHint: { draft: HintDraft; excludeBusinessId?: string; showNone?: boolean };
  /** Where a business's records came from (on the business page). */
  entitySources: { businessId: string; scope: string };
  /** The owner's Kartu Prakerja statuses (on the business page). */
  prakerjaStatus: { businessId: string };
  /** The role's work for today (on the home page). */
  homeToday: object;
  /** Records on this device waiting to be sent (on the home page). */
  homeQueue: object;
};

export type SlotName = keyof SlotProps;
export type SlotLoaders = { [K in SlotName]?: () => Promise<{ default: ComponentType<SlotProps[K]> }> };

const loaders: SlotLoaders = {};
const components = new Map<SlotName, ComponentType<never>>();

/** Called once by app/modules.ts with every module's slots. */
export function provideSlots(all: readonly SlotLoaders[]): void {
  Object.assign(loaders, ...all);
  components.clear();
}

function componentFor<K extends SlotName>(name: K): ComponentType<SlotProps[K]> | undefined {
  const load = loaders[name];
  if (!load) return undefined;
  let c = components.get(name);
  if (!c) {
    c = lazy(load) as ComponentType<never>;
    components.set(name, c);
  }
  return c as ComponentType<SlotProps[K]>;
}

/** Mounts the component lent for a slot (nothing while it loads or when no feature fills it). */
export function Slot<K extends SlotName>(props: { name: K } & SlotProps[K]) {
  const { name, ...rest } = props;
  const C = componentFor(name) as ComponentType<Record<string, unknown>> | undefined;
  if (!C) return null;
  return (
    <Suspense fallback={null}>
      <C {...rest} />
    </Suspense>
  );
}
