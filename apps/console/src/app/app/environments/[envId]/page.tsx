import { redirect } from 'next/navigation';

export default async function EnvironmentIndex({ params }: { params: Promise<{ envId: string }> }) {
  const { envId } = await params;
  redirect(`/app/environments/${encodeURIComponent(envId)}/clusters`);
}
