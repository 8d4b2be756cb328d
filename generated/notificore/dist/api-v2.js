/**
 * Errors for API 2.0 — Notificore.
 *
 * API 2.0 errors, documented by message only (no code). Several texts occur in more than one section ("Invalid phone number format", "Campaign not found", "Tariff not found"); the keys say which section they belong to.
 *
 * Message-only errors: members are the catalog keys; the documented text is in the entries.
 */
export var NotificoreApiV2 = /* @__PURE__ */ (function (NotificoreApiV2) {
    /**
     * Action not available for this account type
     *
     * Category: account; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["ACTION_NOT_AVAILABLE_FOR_ACCOUNT_TYPE"] = "ACTION_NOT_AVAILABLE_FOR_ACCOUNT_TYPE";
    /**
     * All numbers are in the stop list
     *
     * Category: recipient_blocked; not retryable; safe to resend. Section: SMS Errors.
     */
    NotificoreApiV2["ALL_NUMBERS_IN_STOP_LIST"] = "ALL_NUMBERS_IN_STOP_LIST";
    /**
     * Blocked contact not found
     *
     * Category: not_found; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["BLOCKED_CONTACT_NOT_FOUND"] = "BLOCKED_CONTACT_NOT_FOUND";
    /**
     * Campaign not found
     *
     * Category: not_found; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["CONTACTS_CAMPAIGN_NOT_FOUND"] = "CONTACTS_CAMPAIGN_NOT_FOUND";
    /**
     * Invalid phone number format
     *
     * Category: invalid_phone_number; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["CONTACTS_INVALID_PHONE_NUMBER_FORMAT"] = "CONTACTS_INVALID_PHONE_NUMBER_FORMAT";
    /**
     * Number of available fields exceeded
     *
     * Category: quota_exceeded; not retryable; safe to resend. Section: Contacts and lists Errors.
     * Summary: The number of available contact fields is exceeded.
     */
    NotificoreApiV2["CONTACT_FIELD_LIMIT_EXCEEDED"] = "CONTACT_FIELD_LIMIT_EXCEEDED";
    /**
     * A contact group with such name already exists
     *
     * Category: duplicate; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["CONTACT_GROUP_NAME_EXISTS"] = "CONTACT_GROUP_NAME_EXISTS";
    /**
     * Contact group not found
     *
     * Category: not_found; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["CONTACT_GROUP_NOT_FOUND"] = "CONTACT_GROUP_NOT_FOUND";
    /**
     * Contact not found
     *
     * Category: not_found; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["CONTACT_NOT_FOUND"] = "CONTACT_NOT_FOUND";
    /**
     * The phone number already exists in the user’s Contact Book
     *
     * Category: duplicate; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["CONTACT_PHONE_NUMBER_EXISTS"] = "CONTACT_PHONE_NUMBER_EXISTS";
    /**
     * Empty groups
     *
     * Category: invalid_phone_number; not retryable; safe to resend. Section: SMS Errors.
     * Summary: The chosen contact groups hold no recipients.
     */
    NotificoreApiV2["EMPTY_GROUPS"] = "EMPTY_GROUPS";
    /**
     * A field with such name already exists
     *
     * Category: duplicate; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["FIELD_NAME_EXISTS"] = "FIELD_NAME_EXISTS";
    /**
     * Field not found
     *
     * Category: not_found; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["FIELD_NOT_FOUND"] = "FIELD_NOT_FOUND";
    /**
     * Invalid campaign status
     *
     * Category: invalid_state; not retryable; safe to resend. Section: SMS Errors.
     */
    NotificoreApiV2["INVALID_CAMPAIGN_STATUS"] = "INVALID_CAMPAIGN_STATUS";
    /**
     * Invalid contact field format
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["INVALID_CONTACT_FIELD_FORMAT"] = "INVALID_CONTACT_FIELD_FORMAT";
    /**
     * Invalid contact group
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["INVALID_CONTACT_GROUP"] = "INVALID_CONTACT_GROUP";
    /**
     * Invalid contact list
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["INVALID_CONTACT_LIST"] = "INVALID_CONTACT_LIST";
    /**
     * Invalid operator for contact search
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Contacts and lists Errors.
     * Summary: Invalid comparison operator in a contact search.
     */
    NotificoreApiV2["INVALID_CONTACT_SEARCH_OPERATOR"] = "INVALID_CONTACT_SEARCH_OPERATOR";
    /**
     * Invalid date field format
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["INVALID_DATE_FIELD_FORMAT"] = "INVALID_DATE_FIELD_FORMAT";
    /**
     * Invalid numeric field format
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["INVALID_NUMERIC_FIELD_FORMAT"] = "INVALID_NUMERIC_FIELD_FORMAT";
    /**
     * Invalid list of the phone number
     *
     * Category: invalid_phone_number; not retryable; safe to resend. Section: SMS Errors.
     * Summary: Invalid list of phone numbers.
     */
    NotificoreApiV2["INVALID_PHONE_NUMBER_LIST"] = "INVALID_PHONE_NUMBER_LIST";
    /**
     * Invalid search value format
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Contacts and lists Errors.
     */
    NotificoreApiV2["INVALID_SEARCH_VALUE_FORMAT"] = "INVALID_SEARCH_VALUE_FORMAT";
    /**
     * Invalid country specified
     *
     * Category: invalid_parameters; not retryable; safe to resend. Section: Sender Errors.
     */
    NotificoreApiV2["INVALID_SENDER_COUNTRY"] = "INVALID_SENDER_COUNTRY";
    /**
     * Name registration is not allowed for the specified country
     *
     * Category: unsupported_destination; not retryable; safe to resend. Section: Sender Errors.
     * Summary: Sender name registration is not available for the specified country.
     */
    NotificoreApiV2["SENDER_REGISTRATION_NOT_ALLOWED_FOR_COUNTRY"] = "SENDER_REGISTRATION_NOT_ALLOWED_FOR_COUNTRY";
    /**
     * Campaign not found
     *
     * Category: not_found; not retryable; safe to resend. Section: SMS Errors.
     */
    NotificoreApiV2["SMS_CAMPAIGN_NOT_FOUND"] = "SMS_CAMPAIGN_NOT_FOUND";
    /**
     * Contacts group is not found
     *
     * Category: not_found; not retryable; safe to resend. Section: SMS Errors.
     */
    NotificoreApiV2["SMS_CONTACTS_GROUP_NOT_FOUND"] = "SMS_CONTACTS_GROUP_NOT_FOUND";
    /**
     * Invalid phone number format
     *
     * Category: invalid_phone_number; not retryable; safe to resend. Section: SMS Errors.
     */
    NotificoreApiV2["SMS_INVALID_PHONE_NUMBER_FORMAT"] = "SMS_INVALID_PHONE_NUMBER_FORMAT";
    /**
     * Tariff not found
     *
     * Category: not_found; not retryable; safe to resend. Section: SMS Errors.
     */
    NotificoreApiV2["SMS_TARIFF_NOT_FOUND"] = "SMS_TARIFF_NOT_FOUND";
    /**
     * Operator not found
     *
     * Category: not_found; not retryable; safe to resend. Section: Tariff Errors.
     */
    NotificoreApiV2["TARIFFS_OPERATOR_NOT_FOUND"] = "TARIFFS_OPERATOR_NOT_FOUND";
    /**
     * Operator price not found
     *
     * Category: unsupported_destination; not retryable; safe to resend. Section: Tariff Errors.
     */
    NotificoreApiV2["TARIFFS_OPERATOR_PRICE_NOT_FOUND"] = "TARIFFS_OPERATOR_PRICE_NOT_FOUND";
    /**
     * Tariff not found
     *
     * Category: not_found; not retryable; safe to resend. Section: Tariff Errors.
     */
    NotificoreApiV2["TARIFFS_TARIFF_NOT_FOUND"] = "TARIFFS_TARIFF_NOT_FOUND";
    /**
     * Unavailable for your account status
     *
     * Category: account; not retryable; safe to resend. Section: SMS Errors.
     */
    NotificoreApiV2["UNAVAILABLE_FOR_ACCOUNT_STATUS"] = "UNAVAILABLE_FOR_ACCOUNT_STATUS";
    return NotificoreApiV2;
})({});
/**
 * Every entry of Errors for API 2.0, sorted by key.
 */
export const notificoreApiV2Entries = [
    { provider: "notificore", catalog: "api-v2", key: "ACTION_NOT_AVAILABLE_FOR_ACCOUNT_TYPE", code: null, text: "Action not available for this account type", section: "Contacts and lists Errors", category: "account", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-action-not-available-for-account-type" },
    { provider: "notificore", catalog: "api-v2", key: "ALL_NUMBERS_IN_STOP_LIST", code: null, text: "All numbers are in the stop list", section: "SMS Errors", category: "recipient_blocked", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-all-numbers-in-stop-list" },
    { provider: "notificore", catalog: "api-v2", key: "BLOCKED_CONTACT_NOT_FOUND", code: null, text: "Blocked contact not found", section: "Contacts and lists Errors", category: "not_found", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-blocked-contact-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "CONTACTS_CAMPAIGN_NOT_FOUND", code: null, text: "Campaign not found", section: "Contacts and lists Errors", category: "not_found", retryable: false, resendable: true, language: "en", notes: "Same text as SMS_CAMPAIGN_NOT_FOUND in the SMS Errors section.", reference: "notificore/README.md#api-v2-contacts-campaign-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "CONTACTS_INVALID_PHONE_NUMBER_FORMAT", code: null, text: "Invalid phone number format", section: "Contacts and lists Errors", category: "invalid_phone_number", retryable: false, resendable: true, language: "en", notes: "Same text as SMS_INVALID_PHONE_NUMBER_FORMAT in the SMS Errors section.", reference: "notificore/README.md#api-v2-contacts-invalid-phone-number-format" },
    { provider: "notificore", catalog: "api-v2", key: "CONTACT_FIELD_LIMIT_EXCEEDED", code: null, text: "Number of available fields exceeded", section: "Contacts and lists Errors", category: "quota_exceeded", retryable: false, resendable: true, language: "en", summary: "The number of available contact fields is exceeded.", reference: "notificore/README.md#api-v2-contact-field-limit-exceeded" },
    { provider: "notificore", catalog: "api-v2", key: "CONTACT_GROUP_NAME_EXISTS", code: null, text: "A contact group with such name already exists", section: "Contacts and lists Errors", category: "duplicate", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-contact-group-name-exists" },
    { provider: "notificore", catalog: "api-v2", key: "CONTACT_GROUP_NOT_FOUND", code: null, text: "Contact group not found", section: "Contacts and lists Errors", category: "not_found", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-contact-group-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "CONTACT_NOT_FOUND", code: null, text: "Contact not found", section: "Contacts and lists Errors", category: "not_found", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-contact-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "CONTACT_PHONE_NUMBER_EXISTS", code: null, text: "The phone number already exists in the user’s Contact Book", section: "Contacts and lists Errors", category: "duplicate", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-contact-phone-number-exists" },
    { provider: "notificore", catalog: "api-v2", key: "EMPTY_GROUPS", code: null, text: "Empty groups", section: "SMS Errors", category: "invalid_phone_number", retryable: false, resendable: true, language: "en", summary: "The chosen contact groups hold no recipients.", reference: "notificore/README.md#api-v2-empty-groups" },
    { provider: "notificore", catalog: "api-v2", key: "FIELD_NAME_EXISTS", code: null, text: "A field with such name already exists", section: "Contacts and lists Errors", category: "duplicate", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-field-name-exists" },
    { provider: "notificore", catalog: "api-v2", key: "FIELD_NOT_FOUND", code: null, text: "Field not found", section: "Contacts and lists Errors", category: "not_found", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-field-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_CAMPAIGN_STATUS", code: null, text: "Invalid campaign status", section: "SMS Errors", category: "invalid_state", retryable: false, resendable: true, language: "en", notes: "Read as the campaign's status not allowing the action (for example editing or cancelling a campaign no longer scheduled).", reference: "notificore/README.md#api-v2-invalid-campaign-status" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_CONTACT_FIELD_FORMAT", code: null, text: "Invalid contact field format", section: "Contacts and lists Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-invalid-contact-field-format" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_CONTACT_GROUP", code: null, text: "Invalid contact group", section: "Contacts and lists Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-invalid-contact-group" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_CONTACT_LIST", code: null, text: "Invalid contact list", section: "Contacts and lists Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-invalid-contact-list" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_CONTACT_SEARCH_OPERATOR", code: null, text: "Invalid operator for contact search", section: "Contacts and lists Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", summary: "Invalid comparison operator in a contact search.", reference: "notificore/README.md#api-v2-invalid-contact-search-operator" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_DATE_FIELD_FORMAT", code: null, text: "Invalid date field format", section: "Contacts and lists Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-invalid-date-field-format" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_NUMERIC_FIELD_FORMAT", code: null, text: "Invalid numeric field format", section: "Contacts and lists Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-invalid-numeric-field-format" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_PHONE_NUMBER_LIST", code: null, text: "Invalid list of the phone number", section: "SMS Errors", category: "invalid_phone_number", retryable: false, resendable: true, language: "en", summary: "Invalid list of phone numbers.", reference: "notificore/README.md#api-v2-invalid-phone-number-list" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_SEARCH_VALUE_FORMAT", code: null, text: "Invalid search value format", section: "Contacts and lists Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-invalid-search-value-format" },
    { provider: "notificore", catalog: "api-v2", key: "INVALID_SENDER_COUNTRY", code: null, text: "Invalid country specified", section: "Sender Errors", category: "invalid_parameters", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-invalid-sender-country" },
    { provider: "notificore", catalog: "api-v2", key: "SENDER_REGISTRATION_NOT_ALLOWED_FOR_COUNTRY", code: null, text: "Name registration is not allowed for the specified country", section: "Sender Errors", category: "unsupported_destination", retryable: false, resendable: true, language: "en", summary: "Sender name registration is not available for the specified country.", reference: "notificore/README.md#api-v2-sender-registration-not-allowed-for-country" },
    { provider: "notificore", catalog: "api-v2", key: "SMS_CAMPAIGN_NOT_FOUND", code: null, text: "Campaign not found", section: "SMS Errors", category: "not_found", retryable: false, resendable: true, language: "en", notes: "Same text as CONTACTS_CAMPAIGN_NOT_FOUND in the Contacts and lists Errors section.", reference: "notificore/README.md#api-v2-sms-campaign-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "SMS_CONTACTS_GROUP_NOT_FOUND", code: null, text: "Contacts group is not found", section: "SMS Errors", category: "not_found", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-sms-contacts-group-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "SMS_INVALID_PHONE_NUMBER_FORMAT", code: null, text: "Invalid phone number format", section: "SMS Errors", category: "invalid_phone_number", retryable: false, resendable: true, language: "en", notes: "Same text as CONTACTS_INVALID_PHONE_NUMBER_FORMAT in the Contacts and lists Errors section.", reference: "notificore/README.md#api-v2-sms-invalid-phone-number-format" },
    { provider: "notificore", catalog: "api-v2", key: "SMS_TARIFF_NOT_FOUND", code: null, text: "Tariff not found", section: "SMS Errors", category: "not_found", retryable: false, resendable: true, language: "en", notes: "Same text as TARIFFS_TARIFF_NOT_FOUND in the Tariff Errors section.", reference: "notificore/README.md#api-v2-sms-tariff-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "TARIFFS_OPERATOR_NOT_FOUND", code: null, text: "Operator not found", section: "Tariff Errors", category: "not_found", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-tariffs-operator-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "TARIFFS_OPERATOR_PRICE_NOT_FOUND", code: null, text: "Operator price not found", section: "Tariff Errors", category: "unsupported_destination", retryable: false, resendable: true, language: "en", notes: "No price for the operator: the provider does not serve it for this account.", reference: "notificore/README.md#api-v2-tariffs-operator-price-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "TARIFFS_TARIFF_NOT_FOUND", code: null, text: "Tariff not found", section: "Tariff Errors", category: "not_found", retryable: false, resendable: true, language: "en", notes: "Same text as SMS_TARIFF_NOT_FOUND in the SMS Errors section.", reference: "notificore/README.md#api-v2-tariffs-tariff-not-found" },
    { provider: "notificore", catalog: "api-v2", key: "UNAVAILABLE_FOR_ACCOUNT_STATUS", code: null, text: "Unavailable for your account status", section: "SMS Errors", category: "account", retryable: false, resendable: true, language: "en", reference: "notificore/README.md#api-v2-unavailable-for-account-status" },
];
/**
 * Entry by key.
 */
export const notificoreApiV2ByKey = /* @__PURE__ */ new Map(/* @__PURE__ */ notificoreApiV2Entries.map((e) => [e.key, e]));
/**
 * Entries by documented text; a text documented in several sections maps to all of them (they share a meaning).
 */
export const notificoreApiV2ByMessage = /* @__PURE__ */ notificoreApiV2Entries.reduce((map, e) => map.set(e.text, [...(map.get(e.text) ?? []), e]), new Map());
/**
 * Whether a value is a value of NotificoreApiV2: the current key of an entry (not a deprecated alias).
 */
export function isNotificoreApiV2(value) {
    return typeof value === "string" && notificoreApiV2ByKey.get(value)?.key === value;
}
/**
 * The first entry whose documented text is exactly this message, or undefined.
 */
export function lookupNotificoreApiV2ByMessage(message) {
    return typeof message === "string" ? notificoreApiV2ByMessage.get(message)?.[0] : undefined;
}
