import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="fullpage">
      <h1 className="fullpage-title">Page not found</h1>
      <p className="muted">The page you asked for does not exist, or has moved.</p>
      <p>
        <Link href="/app" className="btn btn-primary">
          Go to the console
        </Link>
      </p>
    </div>
  );
}
