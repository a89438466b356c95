// English texts of the PLUT's own settings and the buyer message send lists, typed against
// plut-id.ts.
import type { plutId } from "./plut-id";

export const plutEn: typeof plutId = {
  plut: {
    title: "PLUT details",
    subtitle:
      "The address, opening hours and map appear on the store and order tracking pages; the buyer message texts feed the WhatsApp send lists.",
    name: "PLUT name",
    city: "City",
    address: "Address",
    openingHours: "Opening hours",
    hoursText:
      "Opening hours saved as text: “{{text}}”. Buyers see this text until hours per day are entered and saved.",
    opens: "{{day}}: opens",
    closes: "{{day}}: closes",
    closed: "Closed",
    mapUrl: "Map link",
    whatsapp: "PLUT WhatsApp",
    paymentHours: "Payment window (hours)",
    paymentHoursHint:
      "From the allocation or wait-list offer; after it an unpaid order is cancelled and its share goes to the next buyer.",
    save: "Save",
    saved: "Saved.",
    messagesTitle: "Buyer message texts",
    placeholders: "Placeholders you can use: {{list}}",
    saveText: "Save text",
    resetText: "Restore the default text",
    defaultText: "Default text",
  },
  messages: {
    title: "Buyer messages",
    subtitle:
      "One tap per buyer opens WhatsApp with the message filled in; it is marked sent with who sent it and when.",
    eventLabel: "Event",
    event: {
      allocation: "Allocation result",
      waitlist_offer: "Wait-list offer",
      payment_received: "Payment received",
      ready_for_pickup: "Ready for pickup",
      dispatched: "Dispatched",
    },
    open: "Open WhatsApp",
    openAgain: "Open again",
    sent: "Sent",
    sentBy: "Marked sent by {{who}}",
    noWhatsApp: "This number is not a WhatsApp mobile number.",
    count_other: "{{count}} buyers, {{open}} not yet messaged",
    count_one: "1 buyer, {{open}} not yet messaged",
    empty: "No buyers for this event on this date.",
    editTexts: "Edit the message texts",
  },
};
