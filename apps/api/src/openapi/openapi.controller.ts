import { Controller, Get, Header, Inject } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Public } from '../auth/auth.decorators';
import { OpenApiBuilder } from './openapi.builder';
import { renderDocsPage } from './docs-page';

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
    return renderDocsPage(this.builder.build(this.config.publicUrl));
  }
}
