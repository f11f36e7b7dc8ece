import { Controller, Get, Header, Inject, Param, Res } from '@nestjs/common';
import { AppError } from '@tributary/platform';
import type { FastifyReply } from 'fastify';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Public } from '../auth/auth.decorators';
import { OpenApiBuilder } from './openapi.builder';
import { DOCS_ASSETS, DOCS_INIT_JS, docsAsset, renderDocsPage } from './docs-page';

@Controller()
@Public()
export class OpenApiController {
  constructor(
    private readonly builder: OpenApiBuilder,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('openapi.json')
  openapi() {
    return this.builder.build(this.config.publicUrl);
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  docs() {
    return renderDocsPage();
  }

  @Get('docs/assets/docs-init.js')
  @Header('content-type', 'application/javascript; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  docsInit() {
    return DOCS_INIT_JS;
  }

  @Get('docs/assets/:file')
  docsAsset(@Param('file') file: string, @Res() reply: FastifyReply) {
    const body = docsAsset(file);
    if (!body) throw new AppError('not_found', `No such file: ${file}`);
    void reply.header('content-type', DOCS_ASSETS[file]!).header('cache-control', 'public, max-age=3600').send(body);
  }
}
