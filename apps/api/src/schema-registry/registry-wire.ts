/** Confluent's registry media type; requests may also send application/json. */
export const REGISTRY_MEDIA_TYPE = 'application/vnd.schemaregistry.v1+json';
/** Where each registry's REST API lives: `spec.http_endpoint` is `${publicUrl}${REGISTRY_PATH}/lsrc-…`. */
export const REGISTRY_PATH = '/schema-registry';
