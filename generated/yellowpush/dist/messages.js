/**
 * Error messages — YellowPush.
 *
 * Main error messages documented in the HTTP 400 examples.
 *
 * Message-only errors: members are the catalog keys; the documented text is in the entries.
 */
export var YellowpushMessages = /* @__PURE__ */ (function (YellowpushMessages) {
    /**
     * Error reading json
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Code 400 (Bad Request).
     * Summary: The request's JSON could not be read.
     */
    YellowpushMessages["ERROR_READING_JSON"] = "ERROR_READING_JSON";
    /**
     * Missing parameters
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Code 400 (Bad Request).
     */
    YellowpushMessages["MISSING_PARAMETERS"] = "MISSING_PARAMETERS";
    return YellowpushMessages;
})({});
/**
 * Every entry of Error messages, sorted by key.
 */
export const yellowpushMessagesEntries = [
    { provider: "yellowpush", catalog: "messages", key: "ERROR_READING_JSON", code: null, text: "Error reading json", section: "Code 400 (Bad Request)", category: "invalid_parameters", retryable: false, resendable: true, httpStatus: 400, language: "en", summary: "The request's JSON could not be read.", notes: "Documented (Example 2) with per-number format errors in listErrors.", reference: "yellowpush/README.md#messages-error-reading-json" },
    { provider: "yellowpush", catalog: "messages", key: "MISSING_PARAMETERS", code: null, text: "Missing parameters", section: "Code 400 (Bad Request)", category: "invalid_parameters", retryable: false, resendable: true, httpStatus: 400, language: "en", reference: "yellowpush/README.md#messages-missing-parameters" },
];
/**
 * Entry by key.
 */
export const yellowpushMessagesByKey = /* @__PURE__ */ new Map(/* @__PURE__ */ yellowpushMessagesEntries.map((e) => [e.key, e]));
/**
 * Entries by documented text; a text documented in several sections maps to all of them (they share a meaning).
 */
export const yellowpushMessagesByMessage = /* @__PURE__ */ yellowpushMessagesEntries.reduce((map, e) => map.set(e.text, [...(map.get(e.text) ?? []), e]), new Map());
/**
 * Whether a value is a value of YellowpushMessages: the current key of an entry (not a deprecated alias).
 */
export function isYellowpushMessages(value) {
    return typeof value === "string" && yellowpushMessagesByKey.get(value)?.key === value;
}
/**
 * The first entry whose documented text is exactly this message, or undefined.
 */
export function lookupYellowpushMessagesByMessage(message) {
    return typeof message === "string" ? yellowpushMessagesByMessage.get(message)?.[0] : undefined;
}
