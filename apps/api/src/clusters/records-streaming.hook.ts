import { Readable } from 'node:stream';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { concatenatedObjectsAsArray } from '@tributary/clusters';
import type { FastifyInstance } from 'fastify';

export const RECORDS_ROUTE = '/kafka/v3/clusters/:cluster_id/topics/:topic_name/records';

/**
 * Confluent's streaming produce sends records as Concatenated JSON (`{…}{…}`), which no JSON
 * parser takes. Before parsing, a body of two or more concatenated objects on the records route
 * is rewritten as a JSON array of them; the controller answers an array with one delivery report
 * per record. Everything else passes untouched. The rewritten stream reports the original length,
 * so Content-Length and the body limit are checked against what the client sent.
 */
@Injectable()
export class RecordsStreamingHook implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('preParsing', async (req, _reply, payload) => {
      if (req.method !== 'POST' || req.routeOptions.url !== RECORDS_ROUTE) return payload;
      const limit = req.routeOptions.bodyLimit ?? Number.POSITIVE_INFINITY;
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of payload) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        chunks.push(buffer);
        length += buffer.length;
        if (length > limit) break; // the parser answers 413 from the reported length
      }
      const original = Buffer.concat(chunks);
      const rewritten = length > limit ? original : Buffer.from(concatenatedObjectsAsArray(original.toString('utf8')), 'utf8');
      const stream = Readable.from([rewritten]) as Readable & { receivedEncodedLength?: number };
      stream.receivedEncodedLength = length;
      return stream;
    });
  }
}
