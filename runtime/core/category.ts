// Written by `npm run types` from schema/catalog.schema.json, as errcat emits core/src/category.ts. Do not edit.
/* eslint-disable */

import type { CategoryInfo } from './category-info.js';

/**
 * What an error means for an application, whichever provider said it (the errcat taxonomy).
 */
export enum Category {
  /**
   * Not an error: the request succeeded or the message reached its recipient.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: no.
   * Who must act: none. Another provider may succeed: no.
   */
  SUCCESS = "success",
  /**
   * Accepted and still being processed (queued, sent to the operator, file or lookup being prepared): poll for the result later; never send the message again.
   *
   * Retryable by default: yes. Safe to resend without an idempotency key: no.
   * Who must act: none. Another provider may succeed: no.
   */
  IN_PROGRESS = "in_progress",
  /**
   * Credentials are missing or wrong (API key, login, password, token).
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: yes.
   */
  AUTHENTICATION = "authentication",
  /**
   * The credentials are valid but the user or account may not do this: a role, an IP filter, or a feature or message type not enabled (API access, MMS, voice, flash, 2-way, HLR, sub-accounts). Sender refusals are `invalid_sender`; destinations the provider does not serve are `unsupported_destination`.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: account owner. Another provider may succeed: yes.
   */
  PERMISSION = "permission",
  /**
   * The account itself stops the request: blocked, wrong account type or status, sub-account management rules.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: account owner. Another provider may succeed: yes.
   */
  ACCOUNT = "account",
  /**
   * Not enough funds, credits or prepaid message units (of any message type) on the account to pay for the request.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: account owner. Another provider may succeed: yes.
   */
  INSUFFICIENT_BALANCE = "insufficient_balance",
  /**
   * A countable limit on provider-side objects or usage (stored files, contact fields, discount codes) is reached, other than money, prepaid message credit and request rate.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: account owner. Another provider may succeed: no.
   */
  QUOTA_EXCEEDED = "quota_exceeded",
  /**
   * Too many requests or too many at once; slow down and retry (after `Retry-After` when given).
   *
   * Retryable by default: yes. Safe to resend without an idempotency key: yes.
   * Who must act: none. Another provider may succeed: yes.
   */
  RATE_LIMIT = "rate_limit",
  /**
   * A message recipient's or lookup number is missing, malformed or not valid for the service (phone fields of account or statistics requests are `invalid_parameters`).
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: end user. Another provider may succeed: no.
   */
  INVALID_PHONE_NUMBER = "invalid_phone_number",
  /**
   * The recipient refuses messages: on a blacklist or stop list.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: end user. Another provider may succeed: no.
   */
  RECIPIENT_BLOCKED = "recipient_blocked",
  /**
   * The sender name or originator is refused: missing, malformed, not registered or verified, or not allowed for this account, channel or destination.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: account owner. Another provider may succeed: yes.
   */
  INVALID_SENDER = "invalid_sender",
  /**
   * The message text or payload is empty, too long or holds characters the chosen mode does not allow.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: no.
   */
  INVALID_MESSAGE_CONTENT = "invalid_message_content",
  /**
   * The request is malformed: missing, unknown or invalid parameters, payloads or field formats.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: no.
   */
  INVALID_PARAMETERS = "invalid_parameters",
  /**
   * A date, time, validity period or schedule given in the request is invalid or outside the allowed window.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: no.
   */
  SCHEDULING = "scheduling",
  /**
   * The referenced object exists but its state does not allow the action: expired, inactive or not yet verified, already in the requested state, or a campaign or task in the wrong status (HTTP 409-like).
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: no.
   */
  INVALID_STATE = "invalid_state",
  /**
   * The referenced object (message, contact, group, template, file, campaign, ...) does not exist.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: no.
   */
  NOT_FOUND = "not_found",
  /**
   * The request is valid but there is nothing to return or act on (no messages, an empty report file, nothing left to delete); usually not a failure.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: none. Another provider may succeed: no.
   */
  EMPTY_RESULT = "empty_result",
  /**
   * The object already exists or an id that must be unique was used again; after a resend with the same idempotency key it means the first request was accepted.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: no.
   */
  DUPLICATE = "duplicate",
  /**
   * The requested function or action is not supported by this provider.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: developer. Another provider may succeed: yes.
   */
  UNSUPPORTED = "unsupported",
  /**
   * The provider does not serve or price the destination for this account: the country, operator or direction is not allowed, no price exists for it, or sender registration is not offered there. Another provider may serve it.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: provider. Another provider may succeed: yes.
   */
  UNSUPPORTED_DESTINATION = "unsupported_destination",
  /**
   * The message could not be delivered, or expired before delivery (a final delivery outcome).
   *
   * Retryable by default: no. Safe to resend without an idempotency key: yes.
   * Who must act: end user. Another provider may succeed: yes.
   */
  DELIVERY_FAILED = "delivery_failed",
  /**
   * The provider failed on its side; the request may succeed if repeated later, but the provider may have acted before failing: resend a message only with an idempotency key or after looking it up.
   *
   * Retryable by default: yes. Safe to resend without an idempotency key: no.
   * Who must act: provider. Another provider may succeed: yes.
   */
  PROVIDER_INTERNAL_ERROR = "provider_internal_error",
  /**
   * The provider reports that the operation failed but not why (a generic error of an area or action, such as 'General contacts database error'); read the message, and report it if it persists.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: no.
   * Who must act: developer. Another provider may succeed: no.
   */
  UNSPECIFIED = "unspecified",
  /**
   * The outcome is not known: the provider does not know whether it was done or delivered, or the response is undocumented; treat it as possibly done.
   *
   * Retryable by default: no. Safe to resend without an idempotency key: no.
   * Who must act: provider. Another provider may succeed: no.
   */
  UNKNOWN = "unknown",
}

/**
 * Every category with its description, retry and resend defaults, who must act and whether failover may help, in taxonomy order.
 */
export const CATEGORIES: readonly CategoryInfo[] = [
  { category: Category.SUCCESS, description: "Not an error: the request succeeded or the message reached its recipient.", retryableByDefault: false, resendableByDefault: false, actor: "none", failover: false },
  { category: Category.IN_PROGRESS, description: "Accepted and still being processed (queued, sent to the operator, file or lookup being prepared): poll for the result later; never send the message again.", retryableByDefault: true, resendableByDefault: false, actor: "none", failover: false },
  { category: Category.AUTHENTICATION, description: "Credentials are missing or wrong (API key, login, password, token).", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: true },
  { category: Category.PERMISSION, description: "The credentials are valid but the user or account may not do this: a role, an IP filter, or a feature or message type not enabled (API access, MMS, voice, flash, 2-way, HLR, sub-accounts). Sender refusals are `invalid_sender`; destinations the provider does not serve are `unsupported_destination`.", retryableByDefault: false, resendableByDefault: true, actor: "account_owner", failover: true },
  { category: Category.ACCOUNT, description: "The account itself stops the request: blocked, wrong account type or status, sub-account management rules.", retryableByDefault: false, resendableByDefault: true, actor: "account_owner", failover: true },
  { category: Category.INSUFFICIENT_BALANCE, description: "Not enough funds, credits or prepaid message units (of any message type) on the account to pay for the request.", retryableByDefault: false, resendableByDefault: true, actor: "account_owner", failover: true },
  { category: Category.QUOTA_EXCEEDED, description: "A countable limit on provider-side objects or usage (stored files, contact fields, discount codes) is reached, other than money, prepaid message credit and request rate.", retryableByDefault: false, resendableByDefault: true, actor: "account_owner", failover: false },
  { category: Category.RATE_LIMIT, description: "Too many requests or too many at once; slow down and retry (after `Retry-After` when given).", retryableByDefault: true, resendableByDefault: true, actor: "none", failover: true },
  { category: Category.INVALID_PHONE_NUMBER, description: "A message recipient's or lookup number is missing, malformed or not valid for the service (phone fields of account or statistics requests are `invalid_parameters`).", retryableByDefault: false, resendableByDefault: true, actor: "end_user", failover: false },
  { category: Category.RECIPIENT_BLOCKED, description: "The recipient refuses messages: on a blacklist or stop list.", retryableByDefault: false, resendableByDefault: true, actor: "end_user", failover: false },
  { category: Category.INVALID_SENDER, description: "The sender name or originator is refused: missing, malformed, not registered or verified, or not allowed for this account, channel or destination.", retryableByDefault: false, resendableByDefault: true, actor: "account_owner", failover: true },
  { category: Category.INVALID_MESSAGE_CONTENT, description: "The message text or payload is empty, too long or holds characters the chosen mode does not allow.", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: false },
  { category: Category.INVALID_PARAMETERS, description: "The request is malformed: missing, unknown or invalid parameters, payloads or field formats.", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: false },
  { category: Category.SCHEDULING, description: "A date, time, validity period or schedule given in the request is invalid or outside the allowed window.", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: false },
  { category: Category.INVALID_STATE, description: "The referenced object exists but its state does not allow the action: expired, inactive or not yet verified, already in the requested state, or a campaign or task in the wrong status (HTTP 409-like).", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: false },
  { category: Category.NOT_FOUND, description: "The referenced object (message, contact, group, template, file, campaign, ...) does not exist.", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: false },
  { category: Category.EMPTY_RESULT, description: "The request is valid but there is nothing to return or act on (no messages, an empty report file, nothing left to delete); usually not a failure.", retryableByDefault: false, resendableByDefault: true, actor: "none", failover: false },
  { category: Category.DUPLICATE, description: "The object already exists or an id that must be unique was used again; after a resend with the same idempotency key it means the first request was accepted.", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: false },
  { category: Category.UNSUPPORTED, description: "The requested function or action is not supported by this provider.", retryableByDefault: false, resendableByDefault: true, actor: "developer", failover: true },
  { category: Category.UNSUPPORTED_DESTINATION, description: "The provider does not serve or price the destination for this account: the country, operator or direction is not allowed, no price exists for it, or sender registration is not offered there. Another provider may serve it.", retryableByDefault: false, resendableByDefault: true, actor: "provider", failover: true },
  { category: Category.DELIVERY_FAILED, description: "The message could not be delivered, or expired before delivery (a final delivery outcome).", retryableByDefault: false, resendableByDefault: true, actor: "end_user", failover: true },
  { category: Category.PROVIDER_INTERNAL_ERROR, description: "The provider failed on its side; the request may succeed if repeated later, but the provider may have acted before failing: resend a message only with an idempotency key or after looking it up.", retryableByDefault: true, resendableByDefault: false, actor: "provider", failover: true },
  { category: Category.UNSPECIFIED, description: "The provider reports that the operation failed but not why (a generic error of an area or action, such as 'General contacts database error'); read the message, and report it if it persists.", retryableByDefault: false, resendableByDefault: false, actor: "developer", failover: false },
  { category: Category.UNKNOWN, description: "The outcome is not known: the provider does not know whether it was done or delivered, or the response is undocumented; treat it as possibly done.", retryableByDefault: false, resendableByDefault: false, actor: "provider", failover: false },
];
