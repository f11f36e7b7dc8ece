import { expect, type Page } from '@playwright/test';

/** An Avro record schema `shop.Order` with these fields, as a person would paste it (indented). */
export function avroOrder(fields: object[]): string {
  return JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields }, null, 2);
}

/** Launches a Basic cluster through the create flow and returns its id (provisioning goes on). */
export async function launchBasicCluster(page: Page, env: string, name: string): Promise<string> {
  await page.goto(`/app/environments/${env}/clusters/new`);
  await expect(page.getByRole('heading', { name: 'Create a Kafka cluster' })).toBeVisible();
  await page.getByRole('radio', { name: /^Basic/ }).check();
  await page.getByLabel('Cluster name').fill(name);
  await page.getByRole('button', { name: 'Launch cluster' }).click();
  await expect(page).toHaveURL(/\/clusters\/lkc-[a-z0-9]+\?created=1$/);
  return /\/(lkc-[a-z0-9]+)\?/.exec(page.url())![1]!;
}

/** The editor's schema box (a textarea labelled "Schema", not the "Schema type" picker). */
export function schemaBox(page: Page) {
  return page.getByLabel('Schema', { exact: true });
}

/** A GET on the registry's own endpoint with a registry key, as a serializer would make it. */
export async function registryGet(endpoint: string, key: string, secret: string, path: string): Promise<unknown> {
  const res = await fetch(`${endpoint}${path}`, { headers: { authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}
