// Where support is thin: findings about one person's support network (issue #12; domain §1.3,
// §3.6, §8). The rings and sectors it is drawn in are the model's (src/model/support).
export * from './report';
export * from './types';
